package org.whiskerstudio.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.map.Embedder;
import org.whiskerstudio.map.Embeddings;
import org.whiskerstudio.map.MapColouring;
import org.whiskerstudio.map.MapFixture;
import org.whiskerstudio.map.ProjectMap;
import org.whiskerstudio.map.ScoreScale;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.RunProgress;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Notifier;

/** The map coloured by an autoencoder run's anomaly scores: offered with a run, scored once, lasso still labels. */
class MapAnomalyColouringTest {
    @TempDir
    Path temp;
    private ProjectSession session;
    private List<List<Long>> groups;
    private final List<String> errors = new ArrayList<>();
    private MapViewModel model;
    private int scorings;

    /** The blue group scores 2.0, the others 0.5. */
    private final Embedder scorer = (s, examples, progress, cancellation) -> {
        scorings++;
        long[] ids = examples.stream().mapToLong(e -> e.id()).toArray();
        float[][] rows = new float[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            rows[i] = new float[] {groups.get(2).contains(ids[i]) ? 2f : 0.5f};
        }
        return Optional.of(new Embeddings(ids, rows, List.of()));
    };

    @BeforeEach
    void setUp() {
        session = new ProjectSession(ProjectStore.create(temp.resolve("p"), "p"));
        groups = MapFixture.threeGroups(session.store(), 8);
        model = new MapViewModel(TaskExecutor.direct(), Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)));
        model.setScoreEngine(id -> scorer);
        model.projectOpened(Optional.of(session));
    }

    @AfterEach
    void tearDown() {
        session.close();
        assertEquals(List.of(), errors);
    }

    private TrainingRun finishedAutoencoder() throws IOException {
        RunStore runs = new RunStore(session.store());
        TrainingRun run = runs.create("AE #1", new Architecture("AE",
                AutoencoderTemplates.dense(new TensorShape.Vector(4)), Optional.empty()), TrainingConfig.defaults(),
                Provenance.here("test", "cpu", ""));
        runs.setStatus(run.id(), RunStatus.COMPLETED, "");
        runs.setProgress(run.id(), new RunProgress(2, 10, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty()));
        runs.folder(run.id()).writeAnomalyThreshold(new AnomalyThreshold(1.0, "set by hand"));
        return run;
    }

    private int[] indicesOf(List<Long> ids) {
        ProjectMap m = model.contentsProperty().get().orElseThrow().map();
        return IntStream.range(0, m.size()).filter(i -> ids.contains(m.imageIds()[i])).toArray();
    }

    @Test
    void anomalyScoresAreOfferedOnlyWithAnAutoencoderRunAndColourTheMap() throws IOException {
        assertFalse(model.colourChoices().contains(ColourBy.ANOMALY), "no autoencoder run yet");
        TrainingRun run = finishedAutoencoder();
        model.refreshSources();
        assertTrue(model.colourChoices().contains(ColourBy.ANOMALY));
        assertEquals(run.id(), model.anomalyRunProperty().get(), "the newest run is chosen");

        model.compute();
        model.colourByProperty().set(ColourBy.ANOMALY);

        assertEquals(1, scorings);
        MapColouring colouring = model.colouringProperty().get();
        assertEquals(ScoreScale.NORMAL_BINS + 1, colouring.legend().size());
        assertEquals(8, colouring.counts()[ScoreScale.NORMAL_BINS], "the blue group is above the threshold");
        int blue = indicesOf(groups.get(2))[0];
        assertEquals(Optional.of("score 2.00, above the threshold"), model.scoreOf(blue));
        assertEquals("Run " + run.id() + ": scores 0.500 to 2.00; threshold 1.00 (set by hand)",
                model.scoreCaptionProperty().get());

        model.colourByProperty().set(ColourBy.LABEL);
        assertEquals(Optional.empty(), model.scoreOf(blue), "the hover says a score only when coloured by it");
        model.colourByProperty().set(ColourBy.ANOMALY);
        assertEquals(1, scorings, "the scores are kept");
        model.projectOpened(Optional.of(session));
        model.compute();
        model.colourByProperty().set(ColourBy.ANOMALY);
        assertEquals(1, scorings, "reopened: read from the project's cache");
        assertEquals(8, model.colouringProperty().get().counts()[ScoreScale.NORMAL_BINS]);
    }

    @Test
    void theLassoStillLabelsWhileColouredByScore() throws IOException {
        finishedAutoencoder();
        model.refreshSources();
        model.compute();
        model.colourByProperty().set(ColourBy.ANOMALY);
        model.select(indicesOf(groups.get(2)));
        model.labelSelection("odd");
        groups.get(2).forEach(id -> assertEquals("odd", CurrentLabels.of(session.store()).get(id)));
        assertEquals(ColourBy.ANOMALY, model.colourByProperty().get());
        assertEquals(8, model.colouringProperty().get().counts()[ScoreScale.NORMAL_BINS], "still coloured by score");
        assertEquals(Set.copyOf(groups.get(2)), model.selectedIds());
    }
}
