package org.whiskerstudio.architecture;

import java.util.Set;
import java.util.function.Supplier;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * What the templates need to know of a project's data, as plain values. {@code dataset.DataProfiler} measures it
 * from a project; architecture only reads it, so it needs nothing from the dataset.
 *
 * @param classes    the project's label classes (0 when it has none yet)
 * @param kinds      the kinds of example it holds; empty for an empty project
 * @param imageInput the image input the image templates are built for
 * @param sequences  the inputs the LSTM templates are built for
 * @param characterInput the character model's input (window steps and vocabulary size), measured only when asked:
 *                       the vocabulary reads every text of the project
 */
public record DataProfile(int classes, Set<MediaKind> kinds, TensorShape.Image imageInput, SequenceInputs sequences,
                          Supplier<TensorShape.Sequence> characterInput) {
    public DataProfile {
        kinds = Set.copyOf(kinds);
    }

    /** The character model's input, measured now (see {@code characterInput}). */
    public TensorShape.Sequence characters() {
        return characterInput.get();
    }
}
