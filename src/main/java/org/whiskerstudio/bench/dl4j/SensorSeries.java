package org.whiskerstudio.bench.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.deploy.dl4j.onnx.ParityExamples;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.samples.SampleProjects;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * The series row of {@code bench onnx}: the sensor sample made into a project as the welcome screen makes it (the
 * studio's series importer cuts each mote's humidity and temperature into windows of 20 readings), the project's LSTM
 * template trained on it by the training service, and the run's model exported and checked on the project's test
 * windows, as the Deploy screen exports a run.
 */
final class SensorSeries {
    static final String NAME = "LSTM sensor series";
    private static final String SAMPLE = "sensor";
    private static final String TEMPLATE = "lstm";

    private SensorSeries() {
    }

    static OnnxBenchmark.Row row(OnnxBenchmark.Options options, Path scratch) throws IOException {
        SampleProjects.Sample sample = SampleProjects.ALL.stream().filter(s -> s.id().equals(SAMPLE)).findFirst()
                .orElseThrow(() -> new IOException("this build has no " + SAMPLE + " sample"));
        Path project = SampleProjects.materialise(sample, scratch, Progress.NONE, new Cancellation());
        try (ProjectStore store = ProjectStore.open(project)) {
            Architecture lstm = TemplateTraining.architecture(store, TEMPLATE);
            int windows = new ClassificationDataReader(store).read().part(Subset.TRAIN).size();
            TrainingRun run = TemplateTraining.train(store, lstm, config(options, windows), "bench onnx",
                    TrainingListener.NONE);
            if (run.status() != RunStatus.COMPLETED) {
                throw new IOException("the LSTM on the sensor sample did not train: " + run.message());
            }
            TrainedModel model = TrainedModel.ofRun(store, run.id());
            return OnnxBenchmark.measure(NAME, model, ParityExamples.ofProject(store, model, options.parityExamples()),
                    options, scratch);
        }
    }

    /**
     * Whole epochs of the training windows, as close to the Fashion classifiers' batches as they come (at least one);
     * patience as long as the run, so it never stops early.
     */
    static TrainingConfig config(OnnxBenchmark.Options options, int trainingWindows) {
        int epochs = Math.max(1, Math.round(options.trainSteps() * (float) options.batch()
                / Math.max(1, trainingWindows)));
        TrainingConfig d = TrainingConfig.defaults();
        return new TrainingConfig(epochs, options.batch(), Optimizer.ADAM, d.learningRate(), d.schedule(), 0,
                options.seed(), epochs, 0, d.resize(), d.augmentation());
    }
}
