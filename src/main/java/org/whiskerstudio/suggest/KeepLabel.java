package org.whiskerstudio.suggest;

import java.util.Optional;
import org.whiskerstudio.common.edit.EditCommand;

/** Keep as an undoable edit: undo puts back the image's earlier Keep, or none. */
public final class KeepLabel implements EditCommand {
    private final LabelMistakes mistakes;
    private final KeptLabel kept;
    private Optional<KeptLabel> before = Optional.empty();

    public KeepLabel(LabelMistakes mistakes, KeptLabel kept) {
        this.mistakes = mistakes;
        this.kept = kept;
    }

    @Override
    public void execute() {
        before = mistakes.kept(kept.imageId());
        mistakes.keep(kept);
    }

    @Override
    public void undo() {
        before.ifPresentOrElse(mistakes::keep, () -> mistakes.forget(kept.imageId()));
    }

    @Override
    public String description() {
        return "Keep label " + kept.className();
    }
}
