package org.whiskerstudio.labelling.edit;

import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.labelling.ClassStore;
import org.whiskerstudio.project.LabelClass;

/** Undoable edits of label classes. Deletes and merges restore the class and all its labels on undo. */
public final class ClassEdits {
    private ClassEdits() {
    }

    public static EditCommand rename(ClassStore store, LabelClass labelClass, String name) {
        return simple("Rename class " + labelClass.name() + " to " + name.strip(),
                () -> store.rename(labelClass.id(), name), () -> store.rename(labelClass.id(), labelClass.name()));
    }

    public static EditCommand recolour(ClassStore store, LabelClass labelClass, String colour) {
        return simple("Recolour class " + labelClass.name(),
                () -> store.recolour(labelClass.id(), colour), () -> store.recolour(labelClass.id(), labelClass.color()));
    }

    public static EditCommand delete(ClassStore store, LabelClass labelClass) {
        ClassStore.Snapshot snapshot = store.snapshot(labelClass.id());
        return simple("Delete class " + labelClass.name(),
                () -> store.delete(labelClass.id()), () -> store.restore(snapshot));
    }

    public static EditCommand merge(ClassStore store, LabelClass from, LabelClass into) {
        ClassStore.Snapshot snapshot = store.snapshot(from.id());
        return simple("Merge class " + from.name() + " into " + into.name(),
                () -> store.merge(from.id(), into.id()), () -> store.restore(snapshot));
    }

    /**
     * The making of a class that another edit of the same entry has just created (the map's "label as a new
     * class"): executing it the first time does nothing, undoing it deletes the class when no label uses it any more
     * (labels given elsewhere keep it), and redoing it puts the class back with its id, name and colour.
     */
    public static EditCommand created(ClassStore store, LabelClass labelClass) {
        return new EditCommand() {
            private ClassStore.Snapshot deleted;

            @Override
            public void execute() {
                if (deleted != null) {
                    store.restore(deleted);
                    deleted = null;
                }
            }

            @Override
            public void undo() {
                ClassStore.Snapshot now = store.snapshot(labelClass.id());
                if (now.annotations().isEmpty()) {
                    store.delete(labelClass.id());
                    deleted = now;
                }
            }

            @Override
            public String description() {
                return "Create class " + labelClass.name();
            }
        };
    }

    private static EditCommand simple(String description, Runnable execute, Runnable undo) {
        return new EditCommand() {
            @Override
            public void execute() {
                execute.run();
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
