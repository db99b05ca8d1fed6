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
