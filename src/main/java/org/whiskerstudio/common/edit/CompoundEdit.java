package org.whiskerstudio.common.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Several edits as one entry of the undo stack: executed in order, undone in reverse order. */
public record CompoundEdit(String description, List<EditCommand> parts) implements EditCommand {
    public CompoundEdit {
        parts = List.copyOf(parts);
    }

    @Override
    public void execute() {
        parts.forEach(EditCommand::execute);
    }

    @Override
    public void undo() {
        List<EditCommand> reversed = new ArrayList<>(parts);
        Collections.reverse(reversed);
        reversed.forEach(EditCommand::undo);
    }
}
