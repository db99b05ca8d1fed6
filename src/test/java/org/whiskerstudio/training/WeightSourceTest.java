package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --from}'s three forms: a run of this project, PROJECT:RUN, and a bundle file. */
class WeightSourceTest {
    @Test
    void aNumberIsARunOfThisProject() {
        assertEquals(new WeightSource.ProjectRun(Optional.empty(), 3), WeightSource.parse(" 3 "));
    }

    @Test
    void aFolderColonNumberIsARunOfThatProject() {
        assertEquals(new WeightSource.ProjectRun(Optional.of(Path.of("projects/old:stuff/p")), 12),
                WeightSource.parse("projects/old:stuff/p:12"));
    }

    @Test
    void aZipFileIsABundle() {
        assertEquals(new WeightSource.Bundle(Path.of("models/cats.whisker-model.zip")),
                WeightSource.parse("models/cats.whisker-model.zip"));
    }

    @Test
    void anythingElseIsRefusedNamingTheForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeightSource.parse("latest"));

        assertTrue(e.getMessage().contains("PROJECT:RUN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WeightSource.parse("0"));
    }

    @Test
    void onlyNewWeightsAreNotAModel() {
        assertFalse(WeightSource.NEW.fromModel());
        assertTrue(WeightSource.parse("4").fromModel());
        assertEquals("run 4 of p", new WeightSource.ProjectRun(Optional.of(Path.of("p")), 4).describe());
    }

    @Test
    void freezingNeedsAModelAndAtMostTheRunsEpochs() {
        TrainingRequest request = new TrainingRequest("LeNet", TrainingConfig.defaults().withEpochs(4), "");

        assertTrue(request.startingFrom(WeightSource.NEW, 1).problems().get(0).contains("starts from a model"));
        assertTrue(request.startingFrom(WeightSource.parse("2"), 5).problems().get(0).contains("0 to the run's 4"));
        assertEquals(java.util.List.of(), request.startingFrom(WeightSource.parse("2"), 4).problems());
    }
}
