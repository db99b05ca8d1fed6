package org.whiskerstudio.ui.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.ClassCount;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.dataset.TensorCacheFiles;
import org.whiskerstudio.project.ImageRemoval;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectSummary;
import org.whiskerstudio.project.imports.ImportReport;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.imports.SequenceImport;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProgressThrottle;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;
import org.whiskerstudio.ui.map.MapViewModel;

/**
 * The Data screen's state: the examples that pass the filter and search, counts per class, what the examples are,
 * and the running import ({@link LibraryImport}). Queries run in the background; a newer query's result always wins over an older one.
 */
public final class LibraryViewModel implements ProjectScoped<ProjectSession> {
    private final UiTasks tasks;
    private Optional<ProjectSession> session = Optional.empty();

    private final ObservableList<ImageAsset> images = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> filters = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice> selectedFilter = new SimpleObjectProperty<>(allChoice(MediaKind.IMAGE, 0));
    private final StringProperty search = new SimpleStringProperty("");
    /** Synthetic images (made by a GAN run) are shown unless this is off. */
    private final BooleanProperty showSynthetic = new SimpleBooleanProperty(true);
    private Set<Long> synthetic = Set.of();
    private final ReadOnlyBooleanWrapper hasSynthetic = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper totalImages = new ReadOnlyIntegerWrapper();
    /** What most of the project's examples are, so the screen names them ("All series", "No texts match"). */
    private final ReadOnlyObjectWrapper<MediaKind> kind = new ReadOnlyObjectWrapper<>(MediaKind.IMAGE);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final Map<Long, LabelClass> classesById = new HashMap<>();
    private long queryGeneration;
    private final LibraryImport imports;
    private LongConsumer openImage = id -> { };
    private final DataMap dataMap;

    public LibraryViewModel(TaskExecutor executor) {
        // Its failures show in the screen's status line, never in a dialog.
        this.tasks = new UiTasks(executor, Notifier.SILENT);
        this.imports = new LibraryImport(tasks, () -> session, this::reload);
        this.dataMap = new DataMap(new MapViewModel(executor, Notifier.SILENT), this::showOnly, this::reload,
                selectedFilter, search);
        selectedFilter.addListener((obs, old, now) -> {
            if (now != null && !now.sameFilter(old)) {
                reload();
            }
        });
        search.addListener((obs, old, now) -> reload());
        showSynthetic.addListener((obs, old, now) -> reload());
    }

    private static FilterChoice allChoice(MediaKind kind, int count) {
        return new FilterChoice("All " + kind.plural(), new ImageQuery.LabelFilter.All(), count, Optional.empty());
    }

    /** Shows another project (or none). */
    @Override
    public void projectOpened(Optional<ProjectSession> next) {
        session = next;
        dataMap.projectOpened(next);
        images.clear();
        filters.clear();
        classesById.clear();
        totalImages.set(0);
        loaded.set(false);
        imports.clear();
        kind.set(MediaKind.IMAGE);
        selectedFilter.set(allChoice(MediaKind.IMAGE, 0));
        reload();
    }

    public ObservableList<ImageAsset> images() {
        return images;
    }

    public ObservableList<FilterChoice> filters() {
        return filters;
    }

    public ObjectProperty<FilterChoice> selectedFilterProperty() {
        return selectedFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyIntegerProperty totalImagesProperty() {
        return totalImages.getReadOnlyProperty();
    }

    /** What most of the open project's examples are (images in an empty project). */
    public ReadOnlyObjectProperty<MediaKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** True once the first query of the open project has answered (so "empty" really means empty). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Optional<LabelClass> labelClass(long id) {
        return Optional.ofNullable(classesById.get(id));
    }

    public Optional<ProjectSession> session() {
        return session;
    }

    public ReadOnlyBooleanProperty importRunningProperty() {
        return imports.runningProperty();
    }

    /** 0..1, or -1 while the import is still looking for files. */
    public ReadOnlyDoubleProperty importProgressProperty() {
        return imports.progressProperty();
    }

    /** The screen's status line: the import's progress and summary, and the library's own messages. */
    public ReadOnlyStringProperty importStatusProperty() {
        return imports.statusProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return imports.lastReportProperty();
    }

    public ObservableList<Problem> problems() {
        return imports.problems();
    }

    /** Where an opened image goes (the shell shows it on the Label screen). */
    public void setOnOpenImage(LongConsumer target) {
        openImage = target;
        dataMap.map().setOnOpenImage(target);
    }

    public DataMap dataMap() {
        return dataMap;
    }

    /** Shows only these examples in the grid (a map's selection) until the filter or search changes. */
    public void showOnly(Set<Long> ids) {
        dataMap.showOnly(ids);
        imports.say("Showing the " + ids.size() + " examples selected on the map; pick a filter to see all.");
        reload();
    }

    /** A double-click on a thumbnail: the image, to label it. */
    public void openImage(ImageAsset image) {
        openImage.accept(image.id());
    }

    /** Takes {@code image} out of the project (the view asks first); says what happened in the status line. */
    public void remove(ImageAsset image) {
        session.ifPresent(s -> tasks.submit(() -> removeAndTidy(s, image), removed -> {
            imports.say(removed.map(r -> "Removed " + r.fileName() + " from the project"
                    + (r.fileDeleted() ? "." : "; its file stays where it is.")).orElse(""));
            reload();
        }, f -> imports.say("Could not remove " + image.fileName() + ": " + f.message())));
    }

    /** Removes the image, then drops its prepared examples from the caches when enough have gone to be worth it. */
    private static Optional<ImageRemoval.Removed> removeAndTidy(ProjectSession s, ImageAsset image) {
        Optional<ImageRemoval.Removed> removed = ImageRemoval.remove(s.store(), image.id());
        TensorCacheFiles.tidy(s.store().layout(), s.store().imageHashes());
        return removed;
    }

    /** Re-queries images and counts for the current filter and search. */
    public void reload() {
        Optional<ProjectSession> current = session;
        if (current.isEmpty() || current.get().isClosing()) {
            return;
        }
        ProjectSession s = current.get();
        long generation = ++queryGeneration;
        ImageQuery query = new ImageQuery(selectedFilter.get().filter(), search.get());
        tasks.submit(() -> new Snapshot(s.store().images(query), s.store().summary(),
                Set.copyOf(s.store().generatedImages().keySet())), snapshot -> {
            if (generation != queryGeneration || session.orElse(null) != s) {
                return;
            }
            apply(snapshot);
        }, f -> imports.say("Could not read the project: " + f.message()));
    }

    private record Snapshot(List<ImageAsset> images, ProjectSummary summary, Set<Long> synthetic) {
    }

    /** Whether the image was made by a GAN run (the grid marks it). */
    public boolean isSynthetic(long imageId) {
        return synthetic.contains(imageId);
    }

    /** Whether the project holds synthetic images at all (the show/hide choice is offered only then). */
    public ReadOnlyBooleanProperty hasSyntheticProperty() {
        return hasSynthetic.getReadOnlyProperty();
    }

    /** Whether synthetic images are shown; off shows real images only. */
    public BooleanProperty showSyntheticProperty() {
        return showSynthetic;
    }

    private void apply(Snapshot snapshot) {
        classesById.clear();
        List<FilterChoice> choices = new ArrayList<>();
        kind.set(snapshot.summary().kind());
        choices.add(allChoice(kind.get(), snapshot.summary().images()));
        choices.add(new FilterChoice("Unlabelled", new ImageQuery.LabelFilter.Unlabelled(), snapshot.summary().unlabelled(),
                Optional.empty()));
        for (ClassCount c : snapshot.summary().classes()) {
            classesById.put(c.labelClass().id(), c.labelClass());
            choices.add(new FilterChoice(c.labelClass().name(), new ImageQuery.LabelFilter.OfClass(c.labelClass().id()),
                    c.images(), Optional.of(c.labelClass())));
        }
        FilterChoice selected = selectedFilter.get();
        filters.setAll(choices);
        // Keep the same filter selected, with its fresh count.
        choices.stream().filter(c -> c.sameFilter(selected)).findFirst().ifPresent(selectedFilter::set);
        totalImages.set(snapshot.summary().images());
        synthetic = snapshot.synthetic();
        hasSynthetic.set(!synthetic.isEmpty());
        updateImages(snapshot.images().stream().filter(i -> showSynthetic.get() || !synthetic.contains(i.id()))
                .filter(i -> dataMap.passes(i.id())).toList());
        loaded.set(true);
    }

    /**
     * Replaces the shown images; when the new list only adds to the end (an import in progress), appends the
     * tail so the grid keeps its scroll position and reuses its cells.
     */
    private void updateImages(List<ImageAsset> next) {
        int shown = images.size();
        if (next.size() >= shown && next.subList(0, shown).equals(images)) {
            if (next.size() > shown) {
                images.addAll(next.subList(shown, next.size()));
            }
        } else {
            images.setAll(next);
        }
    }

    /**
     * Starts an import in the background; false (and nothing started) if one is running or no project is open.
     * Files that are all CSV, TSV or TXT are sequence data: they wait in {@link #pendingSequenceImportProperty()}
     * for the options dialog instead.
     */
    public boolean startImport(ImportRequest request) {
        return imports.startImport(request);
    }

    /** Asks for the options of a series or text import of these files or folder (the view opens the dialog). */
    public void askSequenceImport(ImportRequest request) {
        imports.askSequenceImport(request);
    }

    /** A series or text import waiting for its options; the view clears it when the dialog closes. */
    public ObjectProperty<ImportRequest> pendingSequenceImportProperty() {
        return imports.pendingSequenceImportProperty();
    }

    /** Runs a series or text import chosen in the options dialog. */
    public boolean startSequenceImport(SequenceImport plan) {
        return imports.startSequenceImport(plan);
    }

    /** The import's progress line ("Importing 1,200 files: 300 of 1,200 - 296 imported"). */
    static String statusOf(ProgressThrottle.Update u) {
        return LibraryImport.statusOf(u);
    }

    public void cancelImport() {
        imports.cancel();
    }

    /** Hides the last import's summary. */
    public void dismissReport() {
        imports.clear();
    }
}
