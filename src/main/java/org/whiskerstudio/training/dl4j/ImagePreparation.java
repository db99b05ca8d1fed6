package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;

/** What the strategies fed from the project's labelled examples (classifier, GAN) share around their data. */
final class ImagePreparation {
    private ImagePreparation() {
    }

    /** One way of preparing the data, with the progress and cancellation the run gives it. */
    @FunctionalInterface
    interface Prepare<T> {
        T with(Progress progress, Cancellation cancellation);
    }

    /** Prepares on the training thread; a stop asked for meanwhile reaches the data side through its progress calls. */
    static <T> T prepare(RunJob job, Prepare<T> prepare) {
        Cancellation cancellation = new Cancellation();
        Progress progress = (done, total, message) -> {
            if (job.control().isStopRequested()) {
                cancellation.cancel();
            }
            job.listener().onPreparing(done, total, message);
        };
        return prepare.with(progress, cancellation);
    }

    /** A new run records what it learns from: the provenance with its split, its classes, which example went where. */
    static void record(TrainingDataSource source, RunStore runs, TrainingRun run, TrainingTensors data)
            throws IOException {
        runs.setProvenance(run.id(), EngineInfo.provenance(source.splitSummary(data)));
        RunFolder folder = runs.folder(run.id());
        folder.writeClasses(data.classes());
        source.writeSplit(folder.split());
    }
}
