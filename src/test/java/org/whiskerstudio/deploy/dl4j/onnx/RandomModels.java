package org.whiskerstudio.deploy.dl4j.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.util.ModelSerializer;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.training.dl4j.TrainedModel;

/** A studio network with random weights loaded as a {@link TrainedModel}, as a run's model is. */
final class RandomModels {
    private RandomModels() {
    }

    static TrainedModel of(LayerGraph graph, Preprocessing preprocessing, Normalisation normalisation, int classes)
            throws IOException {
        Model net = Dl4jModels.isChain(graph) ? OnnxAgreement.random(Dl4jModels.multiLayer(graph, 1), 5)
                : OnnxAgreement.random(Dl4jModels.computationGraph(graph, 1), 5);
        Path zip = Files.createTempFile("whisker-onnx-test", ".zip");
        try {
            ModelSerializer.writeModel(net, zip.toFile(), false);
            List<String> names = IntStream.range(0, classes).mapToObj(i -> "class " + i).toList();
            return TrainedModel.load(zip, new Architecture("test", graph, Optional.empty()), names, preprocessing,
                    normalisation);
        } finally {
            Files.delete(zip);
        }
    }
}
