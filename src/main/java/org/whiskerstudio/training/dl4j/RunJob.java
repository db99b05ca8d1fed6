package org.whiskerstudio.training.dl4j;

import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.WeightSource;

/**
 * One session of a run, as the service hands it to its kind's {@link RunStrategy}.
 *
 * @param architecture the run's snapshot of its architecture
 * @param resume       go on from the run's last checkpoint instead of starting fresh
 * @param from         what a new run's weights start from (a resumed run reads its checkpoint instead)
 * @param freezeEpochs a new run's first epochs with the layers below the output frozen (a resumed run's provenance
 *                     says)
 */
record RunJob(TrainingRun run, Architecture architecture, TrainingControl control, TrainingListener listener,
              boolean resume, WeightSource from, int freezeEpochs) {
    RunJob(TrainingRun run, Architecture architecture, TrainingControl control, TrainingListener listener,
           boolean resume) {
        this(run, architecture, control, listener, resume, WeightSource.NEW, 0);
    }
}
