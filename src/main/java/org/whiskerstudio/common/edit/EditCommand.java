package org.whiskerstudio.common.edit;

/** One user edit. {@code execute} may be called again after {@code undo} (redo); each call is one saved change. */
public interface EditCommand {
    void execute();

    void undo();

    /** What the edit did, for the Undo/Redo menu items ("Move box", "Tag as cat"). */
    String description();
}
