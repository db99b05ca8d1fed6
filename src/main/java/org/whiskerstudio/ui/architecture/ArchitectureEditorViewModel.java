package org.whiskerstudio.ui.architecture;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureRepository;
import org.whiskerstudio.architecture.GraphEdits;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerNode;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.ui.common.Failure;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;

/**
 * The layer editor's state: the project's architectures, the one being edited, its selected block and its
 * analysis (shapes, costs, mistakes) recomputed after every edit. Every edit is undoable and saved at once.
 */
public final class ArchitectureEditorViewModel implements ProjectScoped<ArchitectureRepository> {
    /** Which network of the architecture is on the canvas (a GAN has two). */
    public enum Part { NETWORK, DISCRIMINATOR }

    private final BiFunction<Architecture, Part, Analysis> analyser;
    private Optional<ArchitectureRepository> repository = Optional.empty();
    private final UndoStack undo = new UndoStack();
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<Architecture>> current = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObjectProperty<Part> part = new SimpleObjectProperty<>(Part.NETWORK);
    private final ObjectProperty<Optional<String>> selected = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Analysis>> analysis = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final Notifier notifier;

    public ArchitectureEditorViewModel(BiFunction<Architecture, Part, Analysis> analyser, Notifier notifier) {
        this.analyser = analyser;
        this.notifier = notifier;
        undo.addListener(() -> {
            undoText.set(undo.undoDescription().map(d -> "Undo " + d).orElse(""));
            redoText.set(undo.redoDescription().map(d -> "Redo " + d).orElse(""));
        });
        part.addListener((o, a, b) -> {
            selected.set(Optional.empty());
            analyse();
        });
        selected.addListener((o, a, b) -> refusal.set(""));
    }

    /** The open project's architectures (empty: no project); the undo history starts anew. */
    @Override
    public void projectOpened(Optional<ArchitectureRepository> next) {
        repository = next;
        undo.clear();
        reloadNames();
        current.set(Optional.empty());
        if (!names.isEmpty()) {
            open(names.get(0));
        } else {
            analyse();
        }
    }

    private void reloadNames() {
        names.setAll(repository.map(ArchitectureRepository::names).orElse(List.of()));
    }

    public void open(String name) {
        repository.flatMap(r -> r.load(name)).ifPresent(a -> {
            current.set(Optional.of(a));
            part.set(Part.NETWORK);
            selected.set(Optional.empty());
            analyse();
        });
    }

    /** Adds a new architecture (from a template) under a name not yet taken, and opens it. */
    public void create(Architecture architecture) {
        Architecture named = architecture.withName(freeName(architecture.name()));
        edit("Create " + named.name(), Optional.empty(), Optional.of(named));
    }

    public void duplicate() {
        current.get().ifPresent(a -> create(a.withName(a.name() + " copy")));
    }

    public void deleteCurrent() {
        current.get().ifPresent(a -> edit("Delete " + a.name(), Optional.of(a), Optional.empty()));
    }

    public void renameCurrent(String name) {
        current.get().ifPresent(a -> {
            String clean = name.strip();
            if (clean.isEmpty() || names.contains(clean)) {
                notifier.error("Cannot rename", clean.isEmpty() ? "A name is needed." : "\"" + clean + "\" is taken.");
                return;
            }
            edit("Rename to " + clean, Optional.of(a), Optional.of(a.withName(clean)));
        });
    }

    // ---- graph edits ----

    public void addLayer(LayerSpec spec) {
        graph().ifPresent(g -> {
            String id = GraphEdits.freshId(g, spec);
            changeGraph("Add " + spec.kind(), x -> GraphEdits.insertAfter(x, selected.get(), new LayerNode(id, spec.kind(), spec)));
            selected.set(Optional.of(id));
        });
    }

    public void deleteSelected() {
        selected.get().ifPresent(id -> {
            changeGraph("Delete " + id, g -> GraphEdits.remove(g, id));
            selected.set(Optional.empty());
        });
    }

    public void moveSelected(boolean up) {
        selected.get().ifPresent(id -> changeGraph(up ? "Move up" : "Move down", g -> GraphEdits.move(g, id, up)));
    }

    public void connect(String from, String to) {
        changeGraph("Connect " + from + " to " + to, g -> GraphEdits.connect(g, from, to));
    }

    public void disconnect(String from, String to) {
        changeGraph("Disconnect " + from + " from " + to, g -> GraphEdits.disconnect(g, from, to));
    }

    /** Replaces the selected block's settings; the caller has already built (and so checked) the new spec. */
    public void updateSelected(LayerSpec spec) {
        selected.get().ifPresent(id -> changeGraph("Change " + id, g -> GraphEdits.replace(g, id, spec)));
    }

    /**
     * The inspector's edit of one setting of the selected block. The layer's own constructor checks the value;
     * a refused value changes nothing and {@link #refusalProperty} says why.
     */
    public void changeSelectedSetting(String name, Object value) {
        selectedNode().ifPresent(node -> {
            LayerSpec next;
            try {
                next = SpecProperties.with(node.spec(), name, value);
            } catch (IllegalArgumentException e) {
                refusal.set("Not changed: " + e.getMessage());
                return;
            }
            refusal.set("");
            updateSelected(next);
        });
    }

    public void renameSelected(String name) {
        selected.get().filter(id -> !name.isBlank()).ifPresent(id -> changeGraph("Rename block", g -> GraphEdits.rename(g, id, name)));
    }

    public void undo() {
        run(undo::undo);
    }

    public void redo() {
        run(undo::redo);
    }

    private void changeGraph(String description, UnaryOperator<LayerGraph> change) {
        current.get().ifPresent(a -> {
            LayerGraph before = part.get() == Part.NETWORK ? a.network() : a.discriminator().orElseThrow();
            LayerGraph after = change.apply(before);
            if (after.equals(before)) {
                return;
            }
            Architecture next = part.get() == Part.NETWORK ? a.withNetwork(after)
                    : new Architecture(a.name(), a.network(), Optional.of(after));
            edit(description, Optional.of(a), Optional.of(next));
        });
    }

    /** One undoable change from one architecture state to another (absent = not stored). */
    private void edit(String description, Optional<Architecture> before, Optional<Architecture> after) {
        run(() -> undo.execute(new EditCommand() {
            @Override
            public void execute() {
                apply(before, after);
            }

            @Override
            public void undo() {
                apply(after, before);
            }

            @Override
            public String description() {
                return description;
            }
        }));
    }

    private void apply(Optional<Architecture> from, Optional<Architecture> to) {
        ArchitectureRepository r = repository.orElseThrow(() -> new IllegalStateException("no project is open"));
        from.filter(f -> to.isEmpty() || !to.get().name().equals(f.name())).ifPresent(f -> r.delete(f.name()));
        to.ifPresent(r::save);
        reloadNames();
        if (to.isPresent()) {
            current.set(to);
            if (to.get().discriminator().isEmpty()) {
                part.set(Part.NETWORK);
            }
        } else {
            current.set(names.isEmpty() ? Optional.empty() : r.load(names.get(0)));
        }
        selected.set(selected.get().filter(id -> graph().flatMap(g -> g.node(id)).isPresent()));
        analyse();
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            notifier.error("The change was not made", Failure.messageOf(e));
        }
    }

    private void analyse() {
        refusal.set("");
        analysis.set(current.get().map(a -> analyser.apply(a, a.isGan() ? part.get() : Part.NETWORK)));
    }

    private String freeName(String wanted) {
        String name = wanted.isBlank() ? "Architecture" : wanted.strip();
        String candidate = name;
        for (int i = 2; names.contains(candidate); i++) {
            candidate = name + " " + i;
        }
        return candidate;
    }

    // ---- state ----

    public Optional<LayerGraph> graph() {
        return current.get().map(a -> part.get() == Part.DISCRIMINATOR && a.discriminator().isPresent()
                ? a.discriminator().get() : a.network());
    }

    public Optional<LayerNode> selectedNode() {
        return selected.get().flatMap(id -> graph().flatMap(g -> g.node(id)));
    }

    public ObservableList<String> names() {
        return names;
    }

    public ReadOnlyObjectProperty<Optional<Architecture>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObjectProperty<Part> partProperty() {
        return part;
    }

    public ObjectProperty<Optional<String>> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Optional<Analysis>> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Why the inspector's last setting was not applied; empty after a change that was, or another selection. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
