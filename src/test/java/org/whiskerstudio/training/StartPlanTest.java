package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Encoding;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.TextEncoder;

/** Which layers a run keeps from a start model, and what makes the two not fit. */
class StartPlanTest {
    private static final TensorShape.Image IMAGE = new TensorShape.Image(28, 28, 1);
    private static final Preprocessing PIXELS = new Preprocessing(28, 28, 1, org.whiskerstudio.dataset.ResizeMode.STRETCH);

    private static StartPlan.Side lenet(List<String> classes) {
        return new StartPlan.Side(Templates.lenet(IMAGE, classes.size()), classes, PIXELS);
    }

    @Test
    void theSameClassesKeepEveryLayer() {
        StartPlan plan = StartPlan.of(lenet(List.of("a", "b")), lenet(List.of("a", "b")));

        assertTrue(plan.keepsAll());
        assertFalse(plan.classesReordered());
        assertEquals(List.of(), plan.replacedLayers());
        assertEquals(4, plan.keptLayers().size(), "two convolutions, the dense layer and the output hold weights");
    }

    @Test
    void theSameClassesInAnotherOrderKeepTheOutputMatchedByName() {
        StartPlan plan = StartPlan.of(lenet(List.of("a", "b", "c")), lenet(List.of("c", "a", "b")));

        assertTrue(plan.classesReordered());
        assertEquals(List.of(2, 0, 1), plan.classOrder());
        assertEquals(List.of(), plan.replacedLayers());
    }

    @Test
    void otherClassesReplaceOnlyTheOutputLayer() {
        StartPlan plan = StartPlan.of(lenet(List.of("0", "1", "2", "3", "4")), lenet(List.of("5", "6", "7")));

        assertFalse(plan.keepsAll());
        assertEquals(1, plan.replacedLayers().size());
        assertTrue(plan.layers().stream().filter(l -> !l.kept()).allMatch(StartPlan.Layer::output));
        assertEquals(3, plan.keptLayers().size());
    }

    @Test
    void anotherArchitectureIsRefusedSayingWhichLayerDiffers() {
        StartPlan.Side mlp = new StartPlan.Side(Templates.mlp(IMAGE, 2), List.of("a", "b"), PIXELS);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StartPlan.of(mlp, lenet(List.of("a", "b"))));

        assertTrue(e.getMessage().startsWith("The start model does not fit this architecture:"), e.getMessage());
        assertTrue(e.getMessage().contains("layers"), e.getMessage());
    }

    @Test
    void aChangedLayerIsNamed() {
        LayerGraph wider = Templates.mlp(IMAGE, 2);
        LayerGraph narrower = new LayerGraph(wider.nodes().stream().map(n -> n.spec() instanceof LayerSpec.Dense d
                && d.units() == 64 ? new org.whiskerstudio.architecture.LayerNode(n.id(), n.name(),
                new LayerSpec.Dense(32, d.activation())) : n).toList(), wider.edges());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StartPlan.of(
                new StartPlan.Side(wider, List.of("a", "b"), PIXELS),
                new StartPlan.Side(narrower, List.of("a", "b"), PIXELS)));

        assertTrue(e.getMessage().contains("units=64") && e.getMessage().contains("units=32"), e.getMessage());
    }

    @Test
    void textsMustReadTheSameSymbols() {
        TensorShape.Sequence chars = new TensorShape.Sequence(100, TextEncoder.ALPHABET_SIZE);
        Preprocessing characters = Preprocessing.text(Encoding.CHARACTERS, 100, TextEncoder.ALPHABET_SIZE);
        Preprocessing words = Preprocessing.text(Encoding.WORDS, 100, Preprocessing.MIN_WORD_BUCKETS);
        LayerGraph lstm = Templates.lstmClassifier(chars, 2);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StartPlan.of(
                new StartPlan.Side(lstm, List.of("ham", "spam"), words),
                new StartPlan.Side(lstm, List.of("ham", "spam"), characters)));

        assertTrue(e.getMessage().contains("words") && e.getMessage().contains("characters"), e.getMessage());
    }

    @Test
    void aFittedArchitectureHasTheProjectsClassCount() {
        Architecture start = new Architecture("LeNet", Templates.lenet(IMAGE, 5), Optional.empty());

        Architecture fitted = StartPlan.fitted(start, 3);

        assertEquals(3, fitted.network().nodes().stream().map(n -> n.spec())
                .filter(s -> s instanceof LayerSpec.Output).map(s -> ((LayerSpec.Output) s).classes())
                .findFirst().orElseThrow());
        StartPlan.of(lenet(List.of("0", "1", "2", "3", "4")),
                new StartPlan.Side(fitted.network(), List.of("x", "y", "z"), PIXELS));
    }

    @Test
    void aProvenanceWithoutAStartStartedFromNewWeights() throws Exception {
        String old = "{\"studioVersion\":\"1\",\"javaVersion\":\"17\",\"os\":\"L\",\"dl4jVersion\":\"M2.1\","
                + "\"backend\":\"CPU\",\"split\":\"s\"}";
        Provenance read = org.whiskerstudio.common.Json.mapper().readValue(old, Provenance.class);
        StartedFrom start = StartedFrom.run("/p", 3, "LeNet #1", "best.zip", "ab".repeat(32))
                .with(StartPlan.of(lenet(List.of("a", "b")), lenet(List.of("c", "d"))), 2);
        String json = org.whiskerstudio.common.Json.mapper().writeValueAsString(read.withStart(start));

        assertTrue(read.start().fresh());
        assertEquals(start, org.whiskerstudio.common.Json.mapper().readValue(json, Provenance.class).start());
        assertTrue(start.sentence().contains("frozen for the first 2 epochs"), start.sentence());
    }
}
