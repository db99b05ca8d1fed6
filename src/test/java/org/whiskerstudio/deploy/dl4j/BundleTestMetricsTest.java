package org.whiskerstudio.deploy.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationData;
import org.whiskerstudio.evaluation.SavedEvaluations;
import org.whiskerstudio.evaluation.ScoredExample;
import org.whiskerstudio.evaluation.dl4j.Evaluator;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.dl4j.TrainedModel;
import org.whiskerstudio.training.dl4j.TrainedProjects;

/** A bundle's test metrics come from the run's test-part evaluation, scored at most once. */
@Tag("engine")
class BundleTestMetricsTest {
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

    private static Evaluation evaluated(ProjectStore store) throws Exception {
        return new Evaluator().evaluate(store, runId, new EvaluationData.TestPart(), Progress.NONE, new Cancellation())
                .orElseThrow();
    }

    /** The same images and true classes, but every answer wrong: numbers that scoring the model cannot give. */
    private static Evaluation allWrong(Evaluation e, List<ScoredExample> predictions) {
        return new Evaluation(e.runId(), e.runName(), e.data(), Instant.now().toString(), e.classes(),
                predictions.stream().map(p -> p.withPredicted(1 - p.trueIndex())).toList(), e.notes());
    }

    private static ModelCard export(ProjectStore store, String name) throws Exception {
        return Bundles.export(store, new RunStore(store).open(runId), temp.resolve(name + ".whisker-model.zip"),
                Progress.NONE);
    }

    @Test
    void anExportWithoutASavedEvaluationScoresTheTestPartAndSavesIt() throws Exception {
        try (ProjectStore store = ProjectStore.open(project)) {
            OpenedRun run = new RunStore(store).open(runId);
            Files.deleteIfExists(SavedEvaluations.testFile(run.folder()));
            ModelCard card = export(store, "fresh");
            Evaluation saved = SavedEvaluations.readTest(run.folder()).orElseThrow();
            assertEquals(ModelCard.TestMetrics.of(saved), card.test().orElseThrow());
            assertTrue(card.test().get().examples() > 0);
            assertTrue(new Evaluator().currentTestPart(store, run, TrainedModel.ofRun(store, run), Progress.NONE,
                    new Cancellation()).orElseThrow().reused(), "the next export takes it as it is");
        }
    }

    @Test
    void anExportTakesItsTestMetricsFromACurrentSavedEvaluationWithoutScoringAgain() throws Exception {
        try (ProjectStore store = ProjectStore.open(project)) {
            Evaluation real = evaluated(store);
            assertTrue(real.matrix().accuracy() > 0.5, "the model tells dark from light");
            SavedEvaluations.writeTest(new RunStore(store).folder(runId), allWrong(real, real.predictions()));
            ModelCard.TestMetrics test = export(store, "reused").test().orElseThrow();
            assertEquals(0.0, test.accuracy(), "the saved answers, not the model's");
            assertEquals(real.predictions().size(), test.examples());
        }
    }

    @Test
    void aSavedEvaluationMissingATestImageIsScoredAgainAndReplaced() throws Exception {
        try (ProjectStore store = ProjectStore.open(project)) {
            Evaluation real = evaluated(store);
            RunStore runs = new RunStore(store);
            List<ScoredExample> oneShort = real.predictions().subList(1, real.predictions().size());
            SavedEvaluations.writeTest(runs.folder(runId), allWrong(real, oneShort));
            ModelCard.TestMetrics test = export(store, "rescored").test().orElseThrow();
            assertEquals(real.matrix().accuracy(), test.accuracy(), 1e-9);
            assertEquals(real.predictions().size(), test.examples());
            Evaluation replaced = SavedEvaluations.readTest(runs.folder(runId)).orElseThrow();
            assertEquals(real.predictions(), replaced.predictions(), "the model's answers, not the stale file's");
        }
    }
}
