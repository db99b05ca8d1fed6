package org.whiskerstudio.evaluation.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.SavedEvaluations;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.dl4j.RunTesting;
import org.whiskerstudio.training.dl4j.TrainedProjects;

/** A tiny project trained for real, then evaluated on its test part and on another project. */
@Tag("engine")
class EvaluatorTest {
    @TempDir
    static Path temp;
    private static Path project;
    private static long runId;

    @BeforeAll
    static void train() {
        project = temp.resolve("p");
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            runId = TrainedProjects.darkAndLight(store, 3, "").id();
        }
    }

    @Test
    void testPartEvaluationCoversTheTestPartAndAgreesWithRunTesting() throws Exception {
        try (ProjectStore store = ProjectStore.open(project)) {
            Evaluation e = new Evaluator().evaluate(store, runId, new EvaluationData.TestPart(), Progress.NONE,
                    new Cancellation()).orElseThrow();
            long testImages = new SubsetStore(store).all().values().stream()
                    .filter(a -> a.subset() == Subset.TEST).count();
            assertEquals(testImages, e.predictions().size());
            assertEquals(List.of("dark", "light"), e.classes());
            RunTesting.TestScore score = RunTesting.bestOnTest(store, runId).orElseThrow();
            assertEquals(score.examples(), e.predictions().size());
            assertEquals(score.accuracy(), e.matrix().accuracy(), 1e-9, "the same model on the same images");
            assertEquals(e, SavedEvaluations.readTest(new RunStore(store).folder(runId)).orElseThrow(),
                    "saved in the run folder");
        }
    }

    @Test
    void anotherProjectIsMatchedByClassNameAndUnknownClassesAreReported() throws Exception {
        Path other = temp.resolve("other");
        try (ProjectStore o = ProjectStore.create(other, "other")) {
            for (int i = 0; i < 3; i++) {
                DatasetFixture.file(o, DatasetFixture.png(8, 8, new Color(240 - i, 250, 250)), "light");
                DatasetFixture.file(o, DatasetFixture.png(8, 8, new Color(0, 200 + i, 0)), "green");
            }
        }
        try (ProjectStore store = ProjectStore.open(project)) {
            Evaluation e = new Evaluator().evaluate(store, runId, new EvaluationData.OtherProject(other),
                    Progress.NONE, new Cancellation()).orElseThrow();
            assertEquals(3, e.predictions().size());
            assertTrue(e.predictions().stream().allMatch(p -> p.trueIndex() == 1), "light is the model's class 1");
            assertEquals(List.of("3 images of class \"green\" left out: the model does not know that class."), e.notes());
        }
    }

    @Test
    void aCancelledEvaluationReturnsNothing() throws Exception {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        try (ProjectStore store = ProjectStore.open(project)) {
            assertTrue(new Evaluator().evaluate(store, runId, new EvaluationData.TestPart(), Progress.NONE, cancelled)
                    .isEmpty());
        }
    }
}
