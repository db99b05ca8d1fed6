package org.whiskerstudio.architecture.dl4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;

/** Every template, on small and odd image sizes, builds in DL4J and agrees with our analysis. */
@Tag("engine")
class Dl4jTemplatesTest {

    private static void agrees(LayerGraph graph, int classes) {
        Dl4jAgreement.assertAgrees(graph, ShapeInference.analyse(graph, OptionalInt.of(classes)));
    }

    @ParameterizedTest
    @CsvSource({"28,28,1", "16,16,1", "5,7,3", "1,1,2"})
    void mlpBuildsInDl4j(int height, int width, int channels) {
        agrees(Templates.mlp(new TensorShape.Image(height, width, channels), 4), 4);
    }

    @Test
    void mlpOnASequenceBuildsInDl4j() {
        agrees(Templates.mlp(new TensorShape.Sequence(7, 3), 4), 4);
    }

    @ParameterizedTest
    @CsvSource({"28,28,1", "16,16,1", "12,20,3", "3,3,1", "1,1,1"})
    void lenetBuildsInDl4j(int height, int width, int channels) {
        agrees(Templates.lenet(new TensorShape.Image(height, width, channels), 10), 10);
    }

    @Test
    void lenetBuildsInDl4jForColourImages() {
        agrees(Templates.lenet(new TensorShape.Image(64, 64, 3), 10), 10);
    }

    @ParameterizedTest
    @CsvSource({"32,32,3", "9,9,1", "2,2,1", "1,1,1"})
    void vggSmallBuildsInDl4j(int height, int width, int channels) {
        agrees(Templates.vggSmall(new TensorShape.Image(height, width, channels), 5), 5);
    }

    @Test
    void lstmClassifierBuildsInDl4j() {
        agrees(Templates.lstmClassifier(new TensorShape.Sequence(12, 6), 3), 3);
    }

    @Test
    void dcganBuildsBothNetworksInDl4j() {
        TensorShape.Image image = new TensorShape.Image(16, 16, 1);
        Architecture gan = Templates.dcgan(image, 32);
        Dl4jAgreement.assertAgrees(gan.network(), ShapeInference.analyseGenerator(gan.network(), image));
        LayerGraph discriminator = gan.discriminator().orElseThrow();
        Dl4jAgreement.assertAgrees(discriminator, ShapeInference.analyse(discriminator, OptionalInt.of(1)));
        assertTrue(Dl4jModels.isChain(gan.network()));
        assertTrue(gan.network().nodes().stream().anyMatch(n -> n.spec() instanceof LayerSpec.Deconv2D),
                "a real DCGAN generator grows its image with transposed convolutions");
    }

    @Test
    void dcganForFashionMnistSizeBuildsWithDeconvolutions() {
        TensorShape.Image image = new TensorShape.Image(28, 28, 1);
        Architecture gan = Templates.dcgan(image, 100);
        Dl4jAgreement.assertAgrees(gan.network(), ShapeInference.analyseGenerator(gan.network(), image));
    }
}
