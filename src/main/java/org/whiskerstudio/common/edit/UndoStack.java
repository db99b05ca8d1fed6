package org.whiskerstudio.common.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/** Executed edits, undone and redone in order. A new edit clears what could be redone. */
public final class UndoStack {
    public static final int LIMIT = 1_000;
    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Runs the edit (saving it) and records it; if it fails nothing is recorded and the error goes up. */
    public void execute(EditCommand command) {
        command.execute();
        done.push(command);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        changed();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(done.peek()).map(EditCommand::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(undone.peek()).map(EditCommand::description);
    }

    public void undo() {
        EditCommand command = done.peek();
        if (command == null) {
            return;
        }
        command.undo();
        undone.push(done.pop());
        changed();
    }

    public void redo() {
        EditCommand command = undone.peek();
        if (command == null) {
            return;
        }
        command.execute();
        done.push(undone.pop());
        changed();
    }

    public void clear() {
        done.clear();
        undone.clear();
        changed();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
