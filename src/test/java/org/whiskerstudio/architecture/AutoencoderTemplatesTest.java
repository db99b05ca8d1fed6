package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.project.sequences.MediaKind;

/** Autoencoder templates: their kind, their shapes and costs, their bottleneck, and the reconstruction check. */
class AutoencoderTemplatesTest {
    private static final TensorShape.Image FASHION = new TensorShape.Image(28, 28, 1);
    private static final TensorShape.Sequence SENSOR = new TensorShape.Sequence(20, 2);

    private static Architecture named(LayerGraph graph) {
        return new Architecture("AE", graph, Optional.empty());
    }

    private static TensorShape shapeOf(Analysis analysis, String id) {
        return analysis.report(id).orElseThrow().output();
    }

    @Test
    void theConvolutionalAutoencoderSqueezesAnImageThroughItsCodeAndGivesItBack() {
        LayerGraph conv = AutoencoderTemplates.conv(FASHION);
        Analysis analysis = ShapeInference.analyse(conv);

        assertTrue(analysis.ok(), analysis.issues().toString());
        assertEquals(new TensorShape.Image(7, 7, 64), shapeOf(analysis, "maxpool2d2"));
        assertEquals(new TensorShape.Vector(AutoencoderTemplates.IMAGE_CODE), shapeOf(analysis, "dense1"));
        assertEquals(FASHION, shapeOf(analysis, "deconv2d2"));
        assertEquals(FASHION, shapeOf(analysis, "reconstruction1"));
        assertEquals(0, analysis.report("reconstruction1").orElseThrow().params(), "a loss has no weights");
        // dense1: 3136 x 32 weights + 32 biases, as DL4J counts them
        assertEquals(7L * 7 * 64 * 32 + 32, analysis.report("dense1").orElseThrow().params());
        Autoencoder shape = Autoencoder.of(conv).orElseThrow();
        assertEquals("dense1", shape.bottleneck());
        assertFalse(shape.flat(), "the decoder gives back an image");
        assertEquals(ModelKind.AUTOENCODER, named(conv).kind());
    }

    @Test
    void theDenseAutoencoderFlattensImagesAndReadsSeriesWithAnLstm() {
        LayerGraph images = AutoencoderTemplates.dense(FASHION);
        LayerGraph series = AutoencoderTemplates.dense(SENSOR);

        assertTrue(ShapeInference.analyse(images).ok());
        Analysis analysis = ShapeInference.analyse(series);
        assertTrue(analysis.ok(), analysis.issues().toString());
        assertEquals(new TensorShape.Vector(40), shapeOf(analysis, "reconstruction1"));
        assertEquals(new Autoencoder(SENSOR, "dense1", true), Autoencoder.of(series).orElseThrow());
        assertEquals(new TensorShape.Vector(AutoencoderTemplates.SEQUENCE_CODE), shapeOf(analysis, "dense1"),
                "a quarter of the 40 numbers would be 10: the code keeps at most 8");
        assertTrue(Autoencoder.of(images).orElseThrow().flat());
        assertEquals(ModelKind.AUTOENCODER, named(series).kind(), "not a character model: it ends in a reconstruction");
    }

    @Test
    void aReconstructionOfTheWrongSizeIsAPlainMistakeAtThatLayer() {
        LayerGraph wrong = new GraphBuilder(FASHION).then(new LayerSpec.Dense(32, Activation.RELU))
                .then(new LayerSpec.Dense(100, Activation.IDENTITY)).then(new LayerSpec.Reconstruction()).build();

        List<Issue> issues = ShapeInference.analyse(wrong).issues();

        assertEquals(1, issues.size(), issues.toString());
        assertEquals("reconstruction1", issues.get(0).nodeId());
        assertTrue(issues.get(0).message().contains("end with a Dense layer of 784 units"), issues.get(0).message());
        assertEquals(ModelKind.CLASSIFIER, named(Templates.lenet(FASHION, 10)).kind());
        assertTrue(Autoencoder.of(Templates.lenet(FASHION, 10)).isEmpty());
    }

    @Test
    void anAutoencoderSurvivesItsJsonForm() {
        Architecture conv = named(AutoencoderTemplates.conv(FASHION));

        assertEquals(conv, ArchitectureJson.read(ArchitectureJson.write(conv)));
    }

    @Test
    void templatesAreOfferedUnderWhatTheyLearnFrom() {
        DataProfile images = new DataProfile(3, Set.of(MediaKind.IMAGE), FASHION,
                new SequenceInputs(MediaKind.IMAGE, new TensorShape.Sequence(28, 28), new TensorShape.Sequence(100,
                        512)), () -> new TensorShape.Sequence(100, 40));
        DataProfile series = new DataProfile(2, Set.of(MediaKind.SERIES), FASHION,
                new SequenceInputs(MediaKind.SERIES, SENSOR, new TensorShape.Sequence(100, 512)),
                () -> new TensorShape.Sequence(100, 40));

        assertEquals(List.of("mlp", "lenet", "vgg", "yolo", "lstm"), ids(images, LearningCriterion.SUPERVISED));
        assertEquals(List.of("dcgan", "conv-ae", "dense-ae", "vae"), ids(images, LearningCriterion.UNSUPERVISED));
        assertEquals(List.of("dqn-cartpole", "tictactoe"), ids(images, LearningCriterion.REINFORCEMENT));
        assertEquals(List.of("series-ae"), ids(series, LearningCriterion.UNSUPERVISED));
        Architecture built = new ProjectTemplates(series).byId("series-ae").orElseThrow().build().get();
        assertEquals(ModelKind.AUTOENCODER, built.kind());
        assertEquals(SENSOR, built.network().inputShape().orElseThrow());
    }

    private static List<String> ids(DataProfile profile, LearningCriterion criterion) {
        return new ProjectTemplates(profile).learning(criterion).stream().map(ProjectTemplates.Template::id).toList();
    }
}
