package org.whiskerstudio.ui.map;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.map.Embedder;
import org.whiskerstudio.map.MapAnomalies;
import org.whiskerstudio.map.MapColouring;
import org.whiskerstudio.map.ProjectMap;
import org.whiskerstudio.map.RunScores;
import org.whiskerstudio.map.ScoreScale;
import org.whiskerstudio.project.ProjectStore;

/**
 * The map coloured by anomaly score: the autoencoder runs offered (newest first, the newest chosen), the chosen run's
 * scores of every example, computed on the map's job (progress, Cancel) or read from the project's cache, and the
 * scale's caption (range and threshold). The scores are kept by example id, so a map computed again keeps them.
 */
final class MapScoring {
    private final MapJob job;
    private LongFunction<Embedder> engine = id -> (store, examples, progress, cancel) -> {
        throw new IOException("Anomaly scores need the training engine, which this window was opened without.");
    };
    private final ObservableList<Long> runs = FXCollections.observableArrayList();
    // A ComboBox's value: null while the project has no autoencoder run.
    private final ObjectProperty<Long> run = new SimpleObjectProperty<>();
    private Optional<RunScores> scores = Optional.empty();
    private float[] pointScores = new float[0];
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");

    MapScoring(MapJob job) {
        this.job = job;
    }

    void setEngine(LongFunction<Embedder> scorers) {
        engine = scorers;
    }

    /** The runs now offered, newest first: the chosen one stays if still offered, else the newest is chosen. */
    void offer(List<Long> autoencoderRuns) {
        Long chosen = run.get();
        runs.setAll(autoencoderRuns);
        run.set(autoencoderRuns.contains(chosen) ? chosen : autoencoderRuns.stream().findFirst().orElse(null));
    }

    /** Forgets the runs and scores (another project). */
    void clear() {
        runs.clear();
        run.set(null);
        scores = Optional.empty();
        pointScores = new float[0];
        caption.set("");
    }

    /** Whether the chosen run's scores are here. */
    boolean scored() {
        return scores.filter(s -> run.get() != null && s.runId() == run.get()).isPresent();
    }

    /** Scores the examples by the chosen run (the cache's copy when current); {@code then} runs once they are here. */
    void score(ProjectStore store, Runnable then, Consumer<String> status) {
        if (run.get() == null) {
            return;
        }
        long runId = run.get();
        MapAnomalies anomalies = new MapAnomalies(engine);
        job.start("Scoring the examples by run " + runId + "...",
                (progress, cancel) -> anomalies.score(store, runId, progress, cancel),
                answer -> answer.ifPresentOrElse(s -> {
                    scores = Optional.of(s);
                    then.run();
                }, () -> status.accept("Cancelled.")),
                "The examples could not be scored", status);
    }

    /** The map's points coloured by the chosen run's scores; empty before they are here. */
    Optional<MapColouring> colouring(ProjectMap map) {
        if (!scored()) {
            pointScores = new float[0];
            caption.set("");
            return Optional.empty();
        }
        RunScores shown = scores.get();
        pointScores = shown.scores().alignedTo(map.imageIds());
        caption.set(ScoreScale.caption(pointScores, shown));
        return Optional.of(ScoreScale.colouring(pointScores, shown.threshold().value()));
    }

    /** The score of point {@code index} of the map last coloured, with the verdict; empty when it has none. */
    Optional<String> describe(int index) {
        if (index < 0 || index >= pointScores.length || Float.isNaN(pointScores[index]) || scores.isEmpty()) {
            return Optional.empty();
        }
        float score = pointScores[index];
        boolean anomaly = score > scores.get().threshold().value();
        return Optional.of("score " + ScoreScale.number(score) + (anomaly ? ", above the threshold" : ""));
    }

    ObservableList<Long> runs() {
        return runs;
    }

    ObjectProperty<Long> runProperty() {
        return run;
    }

    ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }
}
