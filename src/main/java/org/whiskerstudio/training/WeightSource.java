package org.whiskerstudio.training;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a new run's weights start from: fresh ones, a run of this project or another, or a model bundle. */
public sealed interface WeightSource {
    /** Fresh weights drawn from the run's seed. */
    WeightSource NEW = new NewWeights();

    /** Fresh weights drawn from the run's seed. */
    record NewWeights() implements WeightSource {
    }

    /**
     * A classifier run's model (its best, else its last checkpoint).
     *
     * @param project the other project's folder; empty for the project being trained
     */
    record ProjectRun(Optional<Path> project, long runId) implements WeightSource {
        public ProjectRun {
            if (runId < 1) {
                throw new IllegalArgumentException("a run id is 1 or more, not " + runId);
            }
        }
    }

    /** A model bundle ({@code NAME.whisker-model.zip}), read as deploy reads one: trusting nothing in it. */
    record Bundle(Path file) implements WeightSource {
    }

    /** Whether the run starts from a model rather than fresh weights. */
    default boolean fromModel() {
        return !(this instanceof NewWeights);
    }

    /** In a few words, for messages: "run 3", "run 3 of projects/old", "bundle cats.whisker-model.zip". */
    default String describe() {
        if (this instanceof ProjectRun r) {
            return "run " + r.runId() + r.project().map(p -> " of " + p).orElse("");
        }
        return this instanceof Bundle b ? "bundle " + b.file().getFileName() : "new weights";
    }

    /**
     * Reads {@code --from}'s value: {@code RUN} (this project), {@code PROJECT:RUN}, or a bundle file ending in
     * {@code .zip}.
     *
     * @throws IllegalArgumentException saying which forms are understood
     */
    static WeightSource parse(String text) {
        String value = text.strip();
        if (value.matches("\\d{1,18}")) {
            return new ProjectRun(Optional.empty(), Long.parseLong(value));
        }
        if (value.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return new Bundle(Path.of(value));
        }
        Matcher m = Pattern.compile("(.+):(\\d{1,18})").matcher(value);
        if (m.matches()) {
            return new ProjectRun(Optional.of(Path.of(m.group(1))), Long.parseLong(m.group(2)));
        }
        throw new IllegalArgumentException("start from RUN (a run of this project), PROJECT:RUN (a run of another "
                + "project) or a model bundle FILE.whisker-model.zip, not \"" + text + "\"");
    }
}
