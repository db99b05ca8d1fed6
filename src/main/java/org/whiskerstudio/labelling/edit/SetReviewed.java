package org.whiskerstudio.labelling.edit;

import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.labelling.AnnotationStore;

/** Marks an image reviewed, or takes the mark away. */
public final class SetReviewed implements EditCommand {
    private final AnnotationStore store;
    private final long imageId;
    private final boolean reviewed;

    public SetReviewed(AnnotationStore store, long imageId, boolean reviewed) {
        this.store = store;
        this.imageId = imageId;
        this.reviewed = reviewed;
    }

    @Override
    public void execute() {
        store.setReviewed(imageId, reviewed);
    }

    @Override
    public void undo() {
        store.setReviewed(imageId, !reviewed);
    }

    @Override
    public String description() {
        return reviewed ? "Mark reviewed" : "Unmark reviewed";
    }
}
