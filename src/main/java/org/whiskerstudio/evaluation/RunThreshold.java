package org.whiskerstudio.evaluation;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.OpenedRun;

/**
 * The threshold an autoencoder run's verdicts use: the one a person moved on the Evaluate screen when there is one,
 * else the default computed now ({@link AnomalyEvaluation#defaultThreshold}) over the examples the run is judged on
 * as it learned them, so it follows the project's current labels instead of a stored copy relabelling would make
 * stale. Where the scores come from is the caller's (the model now, or scores already kept).
 */
public final class RunThreshold {
    /** The scores of one part of the run's examples; empty when they could not be had (cancelled). */
    @FunctionalInterface
    public interface PartScores {
        Optional<List<AnomalyEvaluation.Scored>> score(ClassificationData data, Subset part);
    }

    private RunThreshold() {
    }

    /** @throws IOException when the project has no normal example to set it on, or the run's folder is damaged */
    public static AnomalyThreshold of(ProjectStore store, OpenedRun run, PartScores scores) throws IOException {
        Optional<AnomalyThreshold> moved = run.folder().readAnomalyThreshold();
        if (moved.isPresent()) {
            return moved.get();
        }
        NormalClass learned = run.folder().readNormalClass().orElse(NormalClass.ALL);
        String normal = learned.name();
        ClassificationData data = examples(store, learned);
        return AnomalyEvaluation.defaultThreshold(normal,
                scores.score(data, Subset.VALIDATION).orElseThrow(),
                () -> scores.score(data, Subset.TEST).orElseThrow())
                .orElseThrow(() -> new IOException("Run " + run.id() + " has no anomaly threshold: the project has "
                        + "no normal example" + (normal.isEmpty() ? "" : " of class " + normal)
                        + " in its validation or test part to set one on."));
    }

    /**
     * The examples the run is judged on, as it learned them: with one normal class the labelled ones (the other
     * classes are the known anomalies); learning all, every example, labels or not (all normal, "" for no class).
     */
    public static ClassificationData examples(ProjectStore store, NormalClass normal) {
        return normal.scope().read(new ClassificationDataReader(store));
    }
}
