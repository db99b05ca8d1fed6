package org.whiskerstudio.ui.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which run the Evaluate screen chooses when it reads the runs again: one another screen asked for, else the
 * user's own pick, else the newest (listed first). A run this class chose itself is not the user's pick, so a run
 * trained since takes its place; before, the first choice was kept and the older run stayed chosen.
 */
final class RunPick {
    private OptionalLong automatic = OptionalLong.empty();
    private OptionalLong wanted = OptionalLong.empty();
    private OptionalLong evaluate = OptionalLong.empty();

    /** Chooses {@code runId} at the next read and has it evaluated ("Evaluate this run" from the Train screen). */
    void want(long runId) {
        wanted = OptionalLong.of(runId);
        evaluate = wanted;
    }

    /** Whether {@code runId} was asked for to be evaluated; asked once, answered once. */
    boolean evaluationAsked(long runId) {
        boolean asked = evaluate.isPresent() && evaluate.getAsLong() == runId;
        evaluate = OptionalLong.empty();
        return asked;
    }

    /** The run to choose among {@code list} (newest first), {@code current} being the one chosen now, if any. */
    Optional<RunChoice> choose(List<RunChoice> list, Optional<RunChoice> current) {
        Optional<RunChoice> asked = wanted.stream().boxed().flatMap(id -> byId(list, id).stream()).findFirst();
        wanted = OptionalLong.empty();
        Optional<RunChoice> users = current.filter(c -> !isAutomatic(c)).flatMap(c -> byId(list, c.id()));
        if (users.isPresent() && asked.isEmpty()) {
            automatic = OptionalLong.empty();
            return users;
        }
        Optional<RunChoice> next = asked.or(() -> list.stream().findFirst());
        automatic = next.map(r -> OptionalLong.of(r.id())).orElse(OptionalLong.empty());
        return next;
    }

    /** Forgets everything (another project). */
    void reset() {
        automatic = OptionalLong.empty();
        wanted = OptionalLong.empty();
        evaluate = OptionalLong.empty();
    }

    private boolean isAutomatic(RunChoice r) {
        return automatic.isPresent() && automatic.getAsLong() == r.id();
    }

    static Optional<RunChoice> byId(List<RunChoice> list, long id) {
        return list.stream().filter(r -> r.id() == id).findFirst();
    }
}
