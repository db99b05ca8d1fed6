package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.LayerSpec.YoloHead;
import org.whiskerstudio.architecture.LayerSpec.YoloHead.Anchor;
import org.whiskerstudio.project.sequences.MediaKind;

/** The detector template, its YOLO head's shape, cost and settings, and the kind it makes. */
class DetectorTemplatesTest {
    private static final List<Anchor> THREE = List.of(new Anchor(1, 1), new Anchor(2, 3), new Anchor(4.5, 2));

    @Test
    void theTemplateEndsInAnEightByEightGridOfBoxesPerAnchorAndClass() {
        LayerGraph yolo = DetectorTemplates.yolo(3, 2, THREE);
        Analysis analysis = ShapeInference.analyse(yolo, OptionalInt.of(2));

        assertTrue(analysis.ok(), analysis.issues().toString());
        String head = yolo.nodes().stream().filter(n -> n.spec() instanceof YoloHead).findFirst().orElseThrow().id();
        // 3 anchors x (x, y, w, h, confidence + 2 class scores) = 21 channels on the 128 / 16 = 8 cell grid
        assertEquals(new TensorShape.Image(8, 8, 21), analysis.report(head).orElseThrow().output());
        assertEquals(0, analysis.report(head).orElseThrow().params(), "the head reads boxes, it has no weights");
        assertEquals(8L * 8 * 21, analysis.report(head).orElseThrow().macs());
        Architecture architecture = new Architecture("YOLO", yolo, Optional.empty());
        assertEquals(ModelKind.DETECTOR, architecture.kind());
        Detector detector = Detector.of(yolo).orElseThrow();
        assertEquals(128, detector.inputSize());
        assertEquals(8, detector.grid());
        assertEquals(THREE, detector.anchors());
        assertTrue(analysis.totalParams() < 300_000, "small enough for two cores: " + analysis.totalParams());
        assertEquals(8, DetectorTemplates.grid(DetectorTemplates.POOLED), "the first template's trunk: 4 pools");
    }

    @Test
    void theHeadSaysHowManyChannelsItNeedsAndWhichClassesTheProjectHas() {
        LayerGraph wrong = new GraphBuilder(new TensorShape.Image(32, 32, 1))
                .then(new LayerSpec.Conv2D(10, 1, 1, LayerSpec.Padding.SAME, Activation.IDENTITY))
                .then(new YoloHead(2, THREE)).build();
        Analysis analysis = ShapeInference.analyse(wrong, OptionalInt.of(3));

        assertFalse(analysis.ok());
        String issues = analysis.issues().toString();
        assertTrue(issues.contains("needs 21"), issues);
        assertTrue(issues.contains("set the YOLO head's classes to 3"), issues);
    }

    @Test
    void anchorsAreEditableTextAndTheHeadSurvivesJson() {
        YoloHead head = new YoloHead(4, " 1x1 , 2.50X3", 5, 0.25, 2, 7);

        assertEquals("1x1, 2.5x3", head.anchors());
        assertEquals(List.of(new Anchor(1, 1), new Anchor(2.5, 3)), head.anchorSizes());
        assertEquals(18, head.channels());
        assertThrows(IllegalArgumentException.class, () -> new YoloHead(4, "1x1, big", 5, 0.5, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new YoloHead(4, "1x0", 5, 0.5, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new YoloHead(4, "1x1", 5, 0.5, 0, 0), "class weight 0");
        assertThrows(IllegalArgumentException.class, () -> new YoloHead(4, "1x1", 5, 0.5, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new YoloHead(4, "1x1", 5, 0.5, 1,
                YoloHead.MAX_WARM_UP_EPOCHS + 1));
        YoloHead made = new YoloHead(1, THREE);
        assertEquals(YoloHead.LAMBDA_COORD, made.lambdaCoord(), "DL4J's default");
        assertEquals(YoloHead.LAMBDA_NO_OBJECT, made.lambdaNoObject(), "DL4J's default");
        assertEquals(YoloHead.LAMBDA_CLASS, made.lambdaClass(), "the templates' class weight");
        assertEquals(YoloHead.WARM_UP_EPOCHS, made.warmUpEpochs(), "the templates' warm-up");

        LayerGraph graph = DetectorTemplates.yolo(1, DetectorTemplates.trunk(), head);
        Architecture yolo = new Architecture("YOLO", graph, Optional.empty());
        Architecture back = ArchitectureJson.read(ArchitectureJson.write(yolo));
        assertEquals(yolo.network(), back.network());
        assertEquals(head, Detector.of(back.network()).orElseThrow().head());
    }

    @Test
    void aHeadSavedBeforeTheClassWeightAndWarmUpKeepsHowItTrained() {
        Architecture yolo = new Architecture("YOLO", DetectorTemplates.yolo(1, 4, THREE), Optional.empty());
        String saved = ArchitectureJson.write(yolo).replaceAll(",\\s*\"lambdaClass\"\\s*:\\s*[0-9.]+", "")
                .replaceAll(",\\s*\"warmUpEpochs\"\\s*:\\s*[0-9]+", "");
        assertFalse(saved.contains("lambdaClass") || saved.contains("warmUpEpochs"), saved);

        YoloHead head = Detector.of(ArchitectureJson.read(saved).network()).orElseThrow().head();
        assertEquals(1, head.lambdaClass(), "DL4J's weight, as it trained before");
        assertEquals(0, head.warmUpEpochs(), "no warm-up, as before");
    }

    @Test
    void imageProjectsAreOfferedTheDetectorUnderSupervisedLearning() {
        DataProfile profile = new DataProfile(3, Set.of(MediaKind.IMAGE), new TensorShape.Image(64, 64, 3),
                new SequenceInputs(MediaKind.IMAGE, new TensorShape.Sequence(64, 192), new TensorShape.Sequence(1, 128)),
                () -> new TensorShape.Sequence(1, 1));
        DetectorBoxes twoClassesWithBoxes = new DetectorBoxes() {
            @Override
            public int classes() {
                return 2;
            }

            @Override
            public List<Anchor> anchors(int inputSize, int grid) {
                return THREE;
            }
        };
        ProjectTemplates.Template template = new ProjectTemplates(profile, twoClassesWithBoxes).byId("yolo").orElseThrow();

        assertEquals(LearningCriterion.SUPERVISED, template.criterion());
        Detector built = Detector.of(template.build().get().network()).orElseThrow();
        assertEquals(2, built.classes(), "the classes with boxes, not all three of the project");
        assertEquals(3, built.input().channels());
        assertEquals(DetectorTemplates.DEFAULT_ANCHORS,
                Detector.of(new ProjectTemplates(profile).byId("yolo").orElseThrow().build().get().network())
                        .orElseThrow().anchors(), "without boxes: the default anchors");
    }
}
