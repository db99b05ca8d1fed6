package org.whiskerstudio.ui.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.common.edit.EditCommand;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.map.Clusters;
import org.whiskerstudio.map.EmbeddingSource;
import org.whiskerstudio.map.Embedder;
import org.whiskerstudio.map.MapColouring;
import org.whiskerstudio.map.MapLabelling;
import org.whiskerstudio.map.MapService;
import org.whiskerstudio.map.ProjectMap;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.SuggestingRuns;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The map's state: the source and its computed map (with progress and cancel), the colouring and legend, k-means
 * clusters, the lasso's selection, and the edits made from the map (labelling a selection, naming a cluster) on the
 * map's own undo stack. Computing, reading and saving run on the executor.
 */
public final class MapViewModel implements ProjectScoped<ProjectSession> {
    private static final EmbeddingSource DESCRIPTOR = new EmbeddingSource.Descriptor();
    private final UiTasks tasks;
    private LongFunction<Embedder> runEngine = id -> (store, examples, progress, cancel) -> {
        throw new IOException("Maps by a run need the training engine, which this window was opened without.");
    };
    private Optional<ProjectSession> session = Optional.empty();
    private final ObservableList<EmbeddingSource> sources = FXCollections.observableArrayList(DESCRIPTOR);
    private final ObjectProperty<EmbeddingSource> source = new SimpleObjectProperty<>(DESCRIPTOR);
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(ColourBy.LABEL);
    private final ReadOnlyObjectWrapper<Optional<MapContents>> contents = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<MapColouring> colouring =
            new ReadOnlyObjectWrapper<>(new MapColouring(List.of(), new int[0]));
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    private final IntegerProperty k = new SimpleIntegerProperty(5);
    private int[] clusters = new int[0];
    private final ReadOnlyObjectWrapper<int[]> selection = new ReadOnlyObjectWrapper<>(new int[0]);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Compute the map to see every example.");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final UndoStack undo = new UndoStack();
    private Cancellation cancellation = new Cancellation();
    private long generation;
    private LongConsumer openImage = id -> { };
    private Consumer<Set<Long>> showInGrid = ids -> { };
    private Runnable afterEdit = () -> { };
    private Optional<Long> wantedRun = Optional.empty();

    public MapViewModel(TaskExecutor executor, Notifier notifier) {
        this.tasks = new UiTasks(executor, notifier);
        colourBy.addListener((o, a, b) -> recolour());
        source.addListener((o, a, b) -> {
            contents.set(Optional.empty());
            clearMapState();
        });
        // Edits run on the executor: the label follows on the UI thread.
        undo.addListener(() -> {
            String text = undo.undoDescription().map(d -> "Undo " + d).orElse("");
            tasks.onUiThread(() -> undoText.set(text));
        });
    }

    /** The engine that embeds examples by a run's layer (wired by the app; without it only the descriptor works). */
    public void setRunEngine(LongFunction<Embedder> engine) {
        runEngine = engine;
    }

    /** Where a clicked example goes (the shell shows it on the Label screen). */
    public void setOnOpenImage(LongConsumer target) {
        openImage = target;
    }

    /** Told after each label edit from the map and its undo (the grid re-reads its labels). */
    public void setAfterEdit(Runnable action) {
        afterEdit = action;
    }

    /** Where "Show in the Data grid" sends the selection's example ids. */
    public void setOnShowInGrid(Consumer<Set<Long>> target) {
        showInGrid = target;
    }

    @Override
    public void projectOpened(Optional<ProjectSession> next) {
        cancel();
        session = next;
        wantedRun = Optional.empty();
        undo.clear();
        contents.set(Optional.empty());
        clearMapState();
        sources.setAll(DESCRIPTOR);
        source.set(DESCRIPTOR);
        refreshSources();
    }

    /** Re-reads the runs offered as sources (classifier runs with a saved model). */
    public void refreshSources() {
        session.ifPresent(s -> tasks.submit(() -> SuggestingRuns.of(s.store()), runs -> {
            List<EmbeddingSource> all = new ArrayList<>(List.of(DESCRIPTOR));
            runs.forEach(r -> all.add(new EmbeddingSource.Run(r.id())));
            EmbeddingSource chosen = wantedRun.<EmbeddingSource>map(EmbeddingSource.Run::new).orElse(source.get());
            wantedRun = Optional.empty();
            sources.setAll(all);
            source.set(all.contains(chosen) ? chosen : DESCRIPTOR);
        }, f -> status.set("Could not list the runs: " + f.message())));
    }

    /** Chooses run {@code runId} as the source once the project offers it (Evaluate's chosen run). */
    public void useRun(long runId) {
        EmbeddingSource run = new EmbeddingSource.Run(runId);
        if (sources.contains(run)) {
            source.set(run);
        } else {
            // A run that finished since the sources were read: read them again, then choose it.
            wantedRun = Optional.of(runId);
            refreshSources();
        }
    }

    /** Computes the map of the chosen source (or reads it from the project's cache). */
    public void compute() {
        if (session.isEmpty() || busy.get()) {
            return;
        }
        ProjectSession s = session.get();
        EmbeddingSource chosen = source.get();
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        long asked = ++generation;
        busy.set(true);
        message.set("Computing the map...");
        progress.set(-1);
        MapService service = new MapService(runEngine);
        tasks.submit(() -> service.map(s.store(), chosen, tasks.progress(u -> {
            message.set(u.message());
            progress.set(u.fraction());
        }), cancel).map(m -> MapContents.read(s.store(), m)), read -> {
            if (asked != generation) {
                return;
            }
            busy.set(false);
            read.ifPresentOrElse(this::show, () -> status.set("Cancelled."));
        }, f -> {
            busy.set(false);
            status.set("The map could not be computed: " + f.message());
        });
    }

    public void cancel() {
        cancellation.cancel();
        if (busy.get()) {
            generation++;
            busy.set(false);
            status.set("Cancelled.");
        }
    }

    private void show(MapContents read) {
        boolean sameMap = contents.get().map(c -> c.map() == read.map()).orElse(false);
        contents.set(Optional.of(read));
        classNames.setAll(read.classes().stream().map(LabelClass::name).toList());
        if (!sameMap) {
            clusters = new int[0];
            selection.set(new int[0]);
        }
        recolour();
        ProjectMap m = read.map();
        status.set(m.size() + " examples mapped by " + source.get().label()
                + (m.notes().isEmpty() ? "." : "; " + String.join(" ", m.notes())));
    }

    private void clearMapState() {
        clusters = new int[0];
        selection.set(new int[0]);
        recolour();
    }

    private void recolour() {
        colouring.set(contents.get().map(c -> c.colouring(colourBy.get(), clusters))
                .orElse(new MapColouring(List.of(), new int[0])));
    }

    /** Suggests k by silhouette on a sample of the map's points. */
    public void suggestK() {
        contents.get().ifPresent(c -> tasks.submit(() -> Clusters.suggestK(c.map().features()), k::set,
                f -> status.set("Could not suggest k: " + f.message())));
    }

    /** Finds k clusters and colours the map by them. */
    public void cluster() {
        contents.get().ifPresent(c -> {
            int want = Math.max(1, Math.min(k.get(), c.map().size()));
            tasks.submit(() -> Clusters.kMeans(c.map().features(), want), found -> {
                clusters = found;
                if (colourBy.get() == ColourBy.CLUSTER) {
                    recolour();
                } else {
                    colourBy.set(ColourBy.CLUSTER);
                }
            }, f -> status.set("Could not find clusters: " + f.message()));
        });
    }

    /** The lasso's points (indices into the map). */
    public void select(int[] indices) {
        selection.set(indices.clone());
    }

    /** The example ids of the selection. */
    public Set<Long> selectedIds() {
        return ids(selection.get());
    }

    /** The members of cluster {@code cluster} (0-based), empty before clustering. */
    public Set<Long> clusterMembers(int cluster) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < clusters.length; i++) {
            if (clusters[i] == cluster) {
                members.add(i);
            }
        }
        return ids(members.stream().mapToInt(Integer::intValue).toArray());
    }

    private Set<Long> ids(int[] indices) {
        Set<Long> ids = new LinkedHashSet<>();
        contents.get().ifPresent(c -> {
            for (int i : indices) {
                ids.add(c.map().imageIds()[i]);
            }
        });
        return ids;
    }

    /** Labels the selection with a class (created when new, as naming a cluster does): one undoable edit. */
    public void labelSelection(String className) {
        Set<Long> ids = selectedIds();
        edit(store -> MapLabelling.name(new AnnotationStore(store), ids, className));
    }

    /** Names cluster {@code cluster}: its members get the class (created when new), one undoable edit. */
    public void nameCluster(int cluster, String className) {
        Set<Long> ids = clusterMembers(cluster);
        edit(store -> MapLabelling.name(new AnnotationStore(store), ids, className));
    }

    /** Plans an edit off the UI thread; empty when there is nothing to do. */
    @FunctionalInterface
    private interface Planner {
        Optional<? extends EditCommand> plan(ProjectStore store);
    }

    private void edit(Planner planner) {
        if (session.isEmpty() || contents.get().isEmpty()) {
            return;
        }
        ProjectStore store = session.get().store();
        ProjectMap shown = contents.get().get().map();
        tasks.submit(() -> planner.plan(store).map(command -> {
            undo.execute(command);
            return MapContents.read(store, shown);
        }), read -> {
            read.ifPresentOrElse(this::show, () -> status.set("Nothing to label."));
            afterEdit.run();
        }, f -> {
            status.set("The labels were not saved: " + f.message());
            tasks.report("The labels were not saved", f);
        });
    }

    /** Undoes the map's last edit. */
    public void undo() {
        if (session.isEmpty() || !undo.canUndo()) {
            return;
        }
        ProjectStore store = session.get().store();
        Optional<ProjectMap> shown = contents.get().map(MapContents::map);
        tasks.submit(() -> {
            undo.undo();
            return shown.map(m -> MapContents.read(store, m));
        }, read -> {
            read.ifPresent(this::show);
            afterEdit.run();
        }, f -> tasks.report("Undo failed", f));
    }

    /** Shows the selection's examples in the Data grid. */
    public void showSelectionInGrid() {
        showInGrid.accept(selectedIds());
    }

    /** A click on point {@code index}: its example on the Label screen. */
    public void open(int index) {
        contents.get().ifPresent(c -> openImage.accept(c.map().imageIds()[index]));
    }

    /** Where the open project lives (the view's thumbnail cache). */
    public Optional<ProjectLayout> projectLayout() {
        return session.map(s -> s.store().layout());
    }

    /** The example of point {@code index} (for the hover thumbnail). */
    public Optional<ImageAsset> example(int index) {
        return contents.get().map(c -> c.images().get(c.map().imageIds()[index]));
    }

    public ObservableList<EmbeddingSource> sources() {
        return sources;
    }

    public ObjectProperty<EmbeddingSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    /** The map shown with what it needs, or empty before one is computed. */
    public ReadOnlyObjectProperty<Optional<MapContents>> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MapColouring> colouringProperty() {
        return colouring.getReadOnlyProperty();
    }

    public ObservableList<String> classNames() {
        return classNames;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public ReadOnlyObjectProperty<int[]> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }
}
