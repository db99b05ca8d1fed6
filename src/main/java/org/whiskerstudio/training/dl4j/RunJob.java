package org.whiskerstudio.training.dl4j;

import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRun;

/**
 * One session of a run, as the service hands it to its kind's {@link RunStrategy}.
 *
 * @param architecture the run's snapshot of its architecture
 * @param resume       go on from the run's last checkpoint instead of starting fresh
 */
record RunJob(TrainingRun run, Architecture architecture, TrainingControl control, TrainingListener listener,
              boolean resume) {
}
