package org.whiskerstudio.deploy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureJson;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingConfigJson;

/** A model card as an export of a 28x28 grey three-class MLP would write it. */
final class Cards {
    private Cards() {
    }

    static ModelCard sample() {
        return withInput(new TensorShape.Image(28, 28, 1));
    }

    /** The card of a dense autoencoder over 28x28 grey images, with its threshold and normal class. */
    static ModelCard autoencoder() {
        TensorShape.Image input = new TensorShape.Image(28, 28, 1);
        Architecture architecture = new Architecture("Dense autoencoder", AutoencoderTemplates.dense(input),
                Optional.empty());
        ModelCard mlp = sample();
        return new ModelCard(mlp.formatVersion(), "Dense autoencoder #1", mlp.created(), mlp.classes(), input,
                mlp.preprocessing(), mlp.layout(), mlp.normalisation(), ArchitectureJson.write(architecture),
                mlp.trainingConfigJson(), Optional.empty(), mlp.provenance(), mlp.modelSha256())
                .withAnomaly(new ModelCard.AnomalyEntry(0.0125, "99th percentile of 180 normal validation examples",
                        "cat", Optional.of(new ModelCard.NormalCodesEntry(600, 32, "ab".repeat(32)))));
    }

    /** The same autoencoder's card as made before the code distance: no normal codes, scored by reconstruction. */
    static ModelCard oldAutoencoder() {
        ModelCard current = autoencoder();
        ModelCard.AnomalyEntry anomaly = current.anomaly().orElseThrow();
        return new ModelCard(ModelCard.FORMAT_VERSION, current.name(), current.created(), current.classes(),
                current.input(), current.preprocessing(), current.layout(), current.normalisation(),
                current.architectureJson(), current.trainingConfigJson(), Optional.empty(), current.provenance(),
                current.modelSha256()).withAnomaly(new ModelCard.AnomalyEntry(anomaly.threshold(),
                anomaly.thresholdSource(), anomaly.normalClass(), Optional.empty()));
    }

    /** The same card for an MLP over another image size. */
    static ModelCard withInput(TensorShape.Image input) {
        Architecture architecture = new Architecture("MLP", Templates.mlp(input, 3), Optional.empty());
        return new ModelCard(ModelCard.FORMAT_VERSION, "MLP #2", Instant.parse("2026-11-26T10:00:00Z"),
                List.of("cat", "dog", "bird"), input, Layout.preprocessing(input, ResizeMode.LETTERBOX), Layout.IMAGE,
                input.channels() == 1 ? new Normalisation(new float[] {0.25f}, new float[] {0.5f}) : Normalisation.identity(3), ArchitectureJson.write(architecture),
                TrainingConfigJson.write(TrainingConfig.defaults()),
                Optional.of(new ModelCard.TestMetrics(0.875, 0.31, 400)),
                new Provenance("1.0", "17.0.9", "Linux", "1.0.0-M2.1", "CPU, 2 threads", "train 80, test 20"),
                "ab".repeat(32));
    }
}
