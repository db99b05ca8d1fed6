package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.TrainingConfig;

class TrainingFormTest {

    @Test
    void startsFromTheDefaultConfiguration() {
        TrainingForm form = new TrainingForm();
        assertEquals(TrainingConfig.defaults(), form.config().orElseThrow());
        assertEquals("0.001", form.learningRate().get());
        assertEquals(List.of(), form.problems());
    }

    @Test
    void changingTheOptimizerSetsItsLearningRateUnlessTheRateWasEdited() {
        TrainingForm form = new TrainingForm();
        form.optimizer().set(Optimizer.SGD_MOMENTUM);
        assertEquals("0.01", form.learningRate().get());
        form.learningRate().set("0.05");
        form.optimizer().set(Optimizer.RMSPROP);
        assertEquals("0.05", form.learningRate().get(), "an edited rate is kept");
        assertEquals(0.05, form.config().orElseThrow().learningRate());
    }

    @Test
    void badTextAndOutOfRangeValuesAreProblemsAndNoConfig() {
        TrainingForm form = new TrainingForm();
        form.epochs().set("five");
        form.rotation().set("90");
        assertTrue(form.config().isEmpty());
        assertEquals(2, form.problems().size(), form.problems().toString());
        assertTrue(form.problems().get(0).startsWith("Epochs must be a whole number"));
        assertTrue(form.problems().get(1).startsWith("Rotation must be 0 (off) to 45"));
        form.epochs().set("0");
        form.rotation().set("10");
        assertEquals(List.of("Epochs must be between 1 and 10,000 (is 0)."), form.problems());
    }

    @Test
    void augmentationIsTypedInPercentAndLoadsBack() {
        TrainingForm form = new TrainingForm();
        form.flip().set(true);
        form.shiftPercent().set("10");
        form.brightnessPercent().set("20");
        form.rotation().set("15");
        assertEquals(new Augmentation(true, 15, 0.1, 0.2), form.config().orElseThrow().augmentation());
        TrainingConfig saved = form.config().orElseThrow().withSeed(7);
        TrainingForm other = new TrainingForm();
        other.load(saved);
        assertEquals(saved, other.config().orElseThrow());
    }
}
