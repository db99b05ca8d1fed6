package org.whiskerstudio.training;

import java.util.Locale;
import java.util.Optional;
import org.whiskerstudio.architecture.ModelKind;

/**
 * Why a next-character run has no place where models sort examples into classes (evaluation, prediction, bundles),
 * and where its work is to be seen instead: said the same way on every screen and command that meets one.
 */
public final class CharacterRunNote {
    private CharacterRunNote() {
    }

    /** Whether the run trained a next-character model (by its stored kind, not by its name). */
    public static boolean isCharacterRun(TrainingRun run) {
        return run.kind() == ModelKind.CHARACTER_MODEL;
    }

    /** The sentence for a character run; empty for any other. */
    public static Optional<String> of(TrainingRun run) {
        return isCharacterRun(run) ? Optional.of(sentence(run)) : Optional.empty();
    }

    /** "Run "Char LSTM #1" (run 3) is a character model: ..." with its loss in bits per character when measured. */
    public static String sentence(TrainingRun run) {
        String loss = run.bestValidationLoss().isPresent()
                ? String.format(Locale.ROOT, "; its validation loss is %.2f bits per character",
                run.bestValidationLoss().getAsDouble() / Math.log(2))
                : "";
        return "Run \"" + run.name() + "\" (run " + run.id() + ") is a character model: it writes text rather than "
                + "sorting examples into classes, so there is nothing here to evaluate or predict with" + loss
                + ". Read its text under Train > generated text, or write more with `whisker generate-text`.";
    }
}
