package org.whiskerstudio.ui.map;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.map.MapLabelling;
import org.whiskerstudio.map.ProjectMap;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The labels given from the map (a selection labelled, a cluster named) on the map's own undo stack: each is one
 * transaction planned and applied on the executor, then the map's contents are read again to show the new labels.
 */
final class MapEdits {
    private final UiTasks tasks;
    private final Supplier<Optional<ProjectStore>> store;
    private final Supplier<Optional<ProjectMap>> shown;
    private final Consumer<MapContents> show;
    private final Consumer<String> status;
    private final UndoStack undo = new UndoStack();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private Runnable afterEdit = () -> { };

    /**
     * @param store the open project's store, {@code shown} the map on screen, {@code show} what shows contents read
     *              again after an edit, {@code status} the map's status line
     */
    MapEdits(UiTasks tasks, Supplier<Optional<ProjectStore>> store, Supplier<Optional<ProjectMap>> shown,
             Consumer<MapContents> show, Consumer<String> status) {
        this.tasks = tasks;
        this.store = store;
        this.shown = shown;
        this.show = show;
        this.status = status;
        // Edits run on the executor: the label follows on the UI thread.
        undo.addListener(() -> {
            String text = undo.undoDescription().map(d -> "Undo " + d).orElse("");
            tasks.onUiThread(() -> undoText.set(text));
        });
    }

    void setAfterEdit(Runnable action) {
        afterEdit = action;
    }

    /** Forgets the edits (another project). */
    void clear() {
        undo.clear();
    }

    /** Gives examples {@code ids} class {@code className} (created when new): one undoable edit. */
    void name(Set<Long> ids, String className) {
        Optional<ProjectStore> open = store.get();
        Optional<ProjectMap> map = shown.get();
        if (open.isEmpty() || map.isEmpty()) {
            return;
        }
        ProjectStore s = open.get();
        tasks.submit(() -> MapLabelling.name(new AnnotationStore(s), ids, className).map(command -> {
            undo.execute(command);
            return MapContents.read(s, map.get());
        }), read -> {
            read.ifPresentOrElse(show, () -> status.accept("Nothing to label."));
            afterEdit.run();
        }, f -> {
            status.accept("The labels were not saved: " + f.message());
            tasks.report("The labels were not saved", f);
        });
    }

    /** Undoes the last edit. */
    void undo() {
        Optional<ProjectStore> open = store.get();
        if (open.isEmpty() || !undo.canUndo()) {
            return;
        }
        ProjectStore s = open.get();
        Optional<ProjectMap> map = shown.get();
        tasks.submit(() -> {
            undo.undo();
            return map.map(m -> MapContents.read(s, m));
        }, read -> {
            read.ifPresent(show);
            afterEdit.run();
        }, f -> tasks.report("Undo failed", f));
    }

    ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }
}
