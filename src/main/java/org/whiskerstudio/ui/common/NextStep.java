package org.whiskerstudio.ui.common;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The next step offered once work on a run is done ("Run 3 completed. Evaluate this run"): what to say, which run,
 * and where taking it goes (the shell shows another screen with the run chosen). Empty message: nothing offered.
 * UI thread only.
 */
public final class NextStep {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private OptionalLong runId = OptionalLong.empty();
    private LongConsumer target = id -> { };

    /** Offers the step for {@code run}, saying {@code text}. */
    public void offer(String text, long run) {
        runId = OptionalLong.of(run);
        message.set(text);
    }

    /** Nothing offered any more (a new run started, another project, the user closed it). */
    public void clear() {
        runId = OptionalLong.empty();
        message.set("");
    }

    /** Where the step goes, with the run's id. */
    public void setTarget(LongConsumer next) {
        target = Objects.requireNonNull(next);
    }

    /** Takes the step offered, if any; the offer is then withdrawn. */
    public void take() {
        OptionalLong run = runId;
        clear();
        run.ifPresent(target);
    }

    /** The run the step is for, while one is offered. */
    public OptionalLong runId() {
        return runId;
    }

    /** What the offer says; empty while nothing is offered. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
