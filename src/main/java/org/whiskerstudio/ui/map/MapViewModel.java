package org.whiskerstudio.ui.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.map.Clusters;
import org.whiskerstudio.map.EmbeddingSource;
import org.whiskerstudio.map.Embedder;
import org.whiskerstudio.map.MapColouring;
import org.whiskerstudio.map.MapService;
import org.whiskerstudio.map.ProjectMap;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.SuggestingRuns;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The map's state: the source and its computed map, the colouring and legend, and k-means clusters. Its parts: the
 * long job with progress and cancel ({@link MapJob}), the lasso's selection and the clusters ({@link MapSelection}),
 * and the edits made from the map on its own undo stack ({@link MapEdits}). Computing, reading and saving run on the
 * executor.
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
    private final MapSelection selection = new MapSelection(this::shownMap);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Compute the map to see every example.");
    private final MapJob job;
    private final MapEdits edits;
    private final MapScoring scoring;
    private final ObservableList<ColourBy> colourChoices = FXCollections.observableArrayList(ColourBy.LABEL,
            ColourBy.SUGGESTION, ColourBy.CLUSTER);
    private LongConsumer openImage = id -> { };
    private Consumer<Set<Long>> showInGrid = ids -> { };
    private Optional<Long> wantedRun = Optional.empty();

    public MapViewModel(TaskExecutor executor, Notifier notifier) {
        this.tasks = new UiTasks(executor, notifier);
        this.job = new MapJob(tasks);
        this.edits = new MapEdits(tasks, () -> session.map(ProjectSession::store), this::shownMap, this::show,
                status::set);
        this.scoring = new MapScoring(job);
        colourBy.addListener((o, a, b) -> colourChanged());
        scoring.runProperty().addListener((o, a, b) -> colourChanged());
        source.addListener((o, a, b) -> {
            // Refreshing the offered sources replaces the choice box's items, which passes its value through null
            // and back: the map on screen stays while the choice still names it (it went blank on the Data screen
            // after "Show in grid" and back to the map).
            if (b != null && !contents.get().map(c -> c.map().sourceKey().equals(b.key())).orElse(false)) {
                contents.set(Optional.empty());
                clearMapState();
            }
        });
    }

    /** The engine that embeds examples by a run's layer (wired by the app; without it only the descriptor works). */
    public void setRunEngine(LongFunction<Embedder> engine) {
        runEngine = engine;
    }

    /** The engine that scores examples by an autoencoder run (wired by the app), for colouring by anomaly score. */
    public void setScoreEngine(LongFunction<Embedder> engine) {
        scoring.setEngine(engine);
    }

    /** Where a clicked example goes (the shell shows it on the Label screen). */
    public void setOnOpenImage(LongConsumer target) {
        openImage = target;
    }

    /** Told after each label edit from the map and its undo (the grid re-reads its labels). */
    public void setAfterEdit(Runnable action) {
        edits.setAfterEdit(action);
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
        edits.clear();
        scoring.clear();
        contents.set(Optional.empty());
        clearMapState();
        sources.setAll(DESCRIPTOR);
        source.set(DESCRIPTOR);
        refreshSources();
    }

    /**
     * Re-reads the runs offered as sources (classifier and autoencoder runs with a saved model) and for colouring by
     * anomaly score (the autoencoder runs; the choice is offered only when there is one).
     */
    public void refreshSources() {
        record Runs(List<TrainingRun> classifiers, List<TrainingRun> autoencoders) {
        }
        session.ifPresent(s -> tasks.submit(() -> new Runs(SuggestingRuns.of(s.store()),
                SuggestingRuns.ofKind(s.store(), ModelKind.AUTOENCODER)), runs -> {
            offerScores(runs.autoencoders().stream().map(TrainingRun::id).toList());
            List<EmbeddingSource> all = new ArrayList<>(List.of(DESCRIPTOR));
            runs.classifiers().forEach(r -> all.add(new EmbeddingSource.Run(r.id())));
            runs.autoencoders().forEach(r -> all.add(new EmbeddingSource.Run(r.id())));
            EmbeddingSource chosen = wantedRun.<EmbeddingSource>map(EmbeddingSource.Run::new).orElse(source.get());
            wantedRun = Optional.empty();
            if (!sources.equals(all)) {
                sources.setAll(all);
            }
            source.set(all.contains(chosen) ? chosen : DESCRIPTOR);
        }, f -> status.set("Could not list the runs: " + f.message())));
    }

    private void offerScores(List<Long> autoencoderRuns) {
        scoring.offer(autoencoderRuns);
        if (autoencoderRuns.isEmpty()) {
            colourChoices.remove(ColourBy.ANOMALY);
            if (colourBy.get() == ColourBy.ANOMALY) {
                colourBy.set(ColourBy.LABEL);
            }
        } else if (!colourChoices.contains(ColourBy.ANOMALY)) {
            colourChoices.add(ColourBy.ANOMALY);
        }
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
        if (session.isEmpty()) {
            return;
        }
        ProjectStore store = session.get().store();
        EmbeddingSource chosen = source.get();
        MapService service = new MapService(runEngine);
        job.start("Computing the map...", (progress, cancel) -> service.map(store, chosen, progress, cancel)
                        .map(m -> MapContents.read(store, m)),
                read -> read.ifPresentOrElse(this::show, () -> status.set("Cancelled.")),
                "The map could not be computed", status::set);
    }

    public void cancel() {
        if (job.cancel()) {
            status.set("Cancelled.");
        }
    }

    private void show(MapContents read) {
        boolean sameMap = contents.get().map(c -> c.map() == read.map()).orElse(false);
        contents.set(Optional.of(read));
        classNames.setAll(read.classes().stream().map(LabelClass::name).toList());
        if (!sameMap) {
            selection.clear();
        }
        recolour();
        scoreIfWanted();
        ProjectMap m = read.map();
        status.set(m.size() + " examples mapped by " + source.get().label()
                + (m.notes().isEmpty() ? "." : "; " + String.join(" ", m.notes())));
    }

    private void clearMapState() {
        selection.clear();
        recolour();
    }

    private Optional<ProjectMap> shownMap() {
        return contents.get().map(MapContents::map);
    }

    private void colourChanged() {
        recolour();
        scoreIfWanted();
    }

    /** Colouring by anomaly score needs the chosen run's scores (read from the cache when current). */
    private void scoreIfWanted() {
        if (colourBy.get() == ColourBy.ANOMALY && contents.get().isPresent() && !scoring.scored()) {
            session.ifPresent(s -> scoring.score(s.store(), this::recolour, status::set));
        }
    }

    private void recolour() {
        colouring.set(contents.get().map(c -> c.colouring(colourBy.get(), selection.clusters(),
                        () -> scoring.colouring(c.map())))
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
                selection.setClusters(found);
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
        selection.select(indices);
    }

    /** The example ids of the selection. */
    public Set<Long> selectedIds() {
        return selection.selectedIds();
    }

    /** The members of cluster {@code cluster} (0-based), empty before clustering. */
    public Set<Long> clusterMembers(int cluster) {
        return selection.clusterMembers(cluster);
    }

    /** Labels the selection with a class (created when new, as naming a cluster does): one undoable edit. */
    public void labelSelection(String className) {
        edits.name(selectedIds(), className);
    }

    /** Names cluster {@code cluster}: its members get the class (created when new), one undoable edit. */
    public void nameCluster(int cluster, String className) {
        edits.name(clusterMembers(cluster), className);
    }

    /** Undoes the map's last edit. */
    public void undo() {
        edits.undo();
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

    /** The colourings offered: by anomaly score only when the project has an autoencoder run. */
    public ObservableList<ColourBy> colourChoices() {
        return colourChoices;
    }

    /** The autoencoder runs that can colour the map by anomaly score, newest first. */
    public ObservableList<Long> anomalyRuns() {
        return scoring.runs();
    }

    /** The run whose scores colour the map (null while the project has none: a ComboBox's value). */
    public ObjectProperty<Long> anomalyRunProperty() {
        return scoring.runProperty();
    }

    /** The anomaly scale's range and threshold, "" before the map is coloured by score. */
    public ReadOnlyStringProperty scoreCaptionProperty() {
        return scoring.captionProperty();
    }

    /** Point {@code index}'s anomaly score and verdict for the hover card, when the map is coloured by score. */
    public Optional<String> scoreOf(int index) {
        return colourBy.get() == ColourBy.ANOMALY ? scoring.describe(index) : Optional.empty();
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
        return selection.selectionProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return job.busyProperty();
    }

    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return job.messageProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return edits.undoTextProperty();
    }
}
