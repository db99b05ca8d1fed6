package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.LayerSpec.Padding;
import org.whiskerstudio.architecture.TensorShape.Image;

/** Architectures survive a JSON round trip; a malformed file is refused with the node and the problem named. */
class ArchitectureJsonTest {

    private static Architecture roundTrip(Architecture architecture) {
        return ArchitectureJson.read(ArchitectureJson.write(architecture));
    }

    private static Architecture named(LayerGraph graph) {
        return new Architecture("test", graph, Optional.empty());
    }

    @Test
    void everyTemplateSurvivesARoundTrip() {
        Image image = new Image(28, 28, 1);
        List<Architecture> templates = List.of(named(Templates.mlp(image, 3)), named(Templates.lenet(image, 3)),
                named(Templates.vggSmall(image, 3)),
                named(Templates.lstmClassifier(new TensorShape.Sequence(5, 2), 3)), Templates.dcgan(image, 16));
        for (Architecture architecture : templates) {
            assertEquals(architecture, roundTrip(architecture));
        }
    }

    @Test
    void everyLayerKindSurvivesARoundTrip() {
        LayerGraph graph = Graphs.chain(new Image(8, 8, 2),
                new LayerSpec.Conv2D(4, 3, 2, Padding.SAME, Activation.LEAKY_RELU),
                new LayerSpec.Deconv2D(3, 2, 2, Padding.VALID, Activation.SIGMOID),
                new LayerSpec.Upsampling2D(2), new LayerSpec.Reshape(2, 3, 4), new LayerSpec.Pooling2D(LayerSpec.PoolType.AVG, 2, 1),
                new LayerSpec.GlobalPooling(LayerSpec.PoolType.MAX), new LayerSpec.BatchNorm(),
                new LayerSpec.Dropout(0.25), new LayerSpec.Dense(5, Activation.IDENTITY), new LayerSpec.Lstm(3, true),
                new LayerSpec.ActivationLayer(Activation.SOFTMAX), new LayerSpec.Merge(LayerSpec.MergeKind.ADD),
                new LayerSpec.Merge(LayerSpec.MergeKind.CONCAT),
                new LayerSpec.Output(2, LayerSpec.OutputKind.SIGMOID_BINARY));
        Architecture architecture = named(graph);
        assertEquals(architecture, roundTrip(architecture));
        for (TensorShape input : List.of(new TensorShape.Sequence(4, 3), new TensorShape.Vector(6))) {
            Architecture other = named(Graphs.chain(input, new LayerSpec.Lstm(2, false)));
            assertEquals(other, roundTrip(other));
        }
    }

    @Test
    void writtenFileCarriesFormatVersionAndKinds() {
        String json = ArchitectureJson.write(named(Templates.lenet(new Image(28, 28, 1), 10)));
        assertTrue(json.contains("\"format\" : \"whisker-architecture\""), json);
        assertTrue(json.contains("\"version\" : 1"), json);
        assertTrue(json.contains("\"kind\" : \"Conv2D\""), json);
    }

    private static String withConv(String fields) {
        return """
                {"format": "whisker-architecture", "version": 1, "name": "x",
                 "network": {"nodes": [
                   {"id": "in", "kind": "Input", "shape": {"type": "image", "height": 8, "width": 8, "channels": 1}},
                   {"id": "conv1", "kind": "Conv2D", %s}],
                  "edges": [{"from": "in", "to": "conv1"}]}}
                """.formatted(fields);
    }

    private static void assertRefused(String json, String... words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArchitectureJson.read(json));
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), () -> "'" + word + "' not in: " + e.getMessage());
        }
    }

    @Test
    void zeroKernelIsRefusedNamingTheNode() {
        assertRefused(withConv("\"filters\": 4, \"kernel\": 0, \"stride\": 1, \"padding\": \"SAME\", "
                + "\"activation\": \"RELU\""), "node conv1", "kernel size must be at least 1, got 0");
    }

    @Test
    void missingFieldIsRefusedNamingTheNode() {
        assertRefused(withConv("\"filters\": 4, \"stride\": 1, \"padding\": \"SAME\", \"activation\": \"RELU\""),
                "node conv1", "kernel must be a whole number");
    }

    @Test
    void unknownActivationIsRefusedNamingTheNode() {
        assertRefused(withConv("\"filters\": 4, \"kernel\": 3, \"stride\": 1, \"padding\": \"SAME\", "
                + "\"activation\": \"SWISH\""), "node conv1", "activation 'SWISH'");
    }

    @Test
    void fractionalFiltersAreRefused() {
        assertRefused(withConv("\"filters\": 2.5, \"kernel\": 3, \"stride\": 1, \"padding\": \"SAME\", "
                + "\"activation\": \"RELU\""), "node conv1", "filters must be a whole number");
    }

    @Test
    void unknownKindIsRefusedNamingTheNode() {
        assertRefused(withConv("\"filters\": 4").replace("\"Conv2D\"", "\"Transformer\""),
                "node conv1", "unknown layer kind 'Transformer'");
    }

    @Test
    void connectionToAMissingLayerIsRefused() {
        assertRefused(withConv("\"filters\": 4, \"kernel\": 3, \"stride\": 1, \"padding\": \"SAME\", "
                + "\"activation\": \"RELU\"").replace("\"to\": \"conv1\"", "\"to\": \"ghost\""), "ghost");
    }

    @Test
    void otherFormatsAndNewerVersionsAreRefused() {
        assertRefused("{\"format\": \"keras\"}", "not a Whisker Studio architecture");
        assertRefused("{\"format\": \"whisker-architecture\", \"version\": 2}", "version 2");
        assertRefused("not json", "not a valid JSON");
    }

    @Test
    void dropoutRateOfOneIsRefusedNamingTheNode() {
        String json = withConv("\"filters\": 4").replace("\"Conv2D\"", "\"Dropout\"")
                .replace("\"filters\": 4", "\"rate\": 1.0");
        assertRefused(json, "node conv1", "dropout rate");
    }
}
