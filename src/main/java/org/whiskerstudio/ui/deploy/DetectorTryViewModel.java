package org.whiskerstudio.ui.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.deploy.ImageFiles;
import org.whiskerstudio.detection.BoxFinder;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;
import org.whiskerstudio.ui.detection.DetectorAccess;
import org.whiskerstudio.ui.detection.DetectorRun;

/**
 * The Deploy screen for a detector run: when the model chosen is one, its trained detector is loaded and files tried
 * on it show their boxes (class, score, where) instead of a classifier's bars. The screen's model list and chooser
 * stay the classifier's; this follows the choice.
 */
public final class DetectorTryViewModel implements ProjectScoped<ProjectSession> {
    private final UiTasks tasks;
    private DetectorAccess access = DetectorAccess.NONE;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ObservableList<BoxResult> results = FXCollections.observableArrayList();
    private final ObjectProperty<BoxResult> selected = new SimpleObjectProperty<>();
    private final ObservableValue<DeployableModel> chosen;
    private Optional<ProjectSession> session = Optional.empty();
    private Optional<BoxFinder> finder = Optional.empty();
    private long generation;

    /** @param chosen the model chosen on the Deploy screen */
    public DetectorTryViewModel(TaskExecutor executor, Notifier notifier, ObservableValue<DeployableModel> chosen) {
        this.tasks = new UiTasks(executor, notifier);
        this.chosen = chosen;
        chosen.addListener((o, a, b) -> follow(b));
    }

    public void setAccess(DetectorAccess next) {
        access = next;
        follow(chosen.getValue());
    }

    @Override
    public void projectOpened(Optional<ProjectSession> next) {
        session = next;
        follow(chosen.getValue());
    }

    /** Loads the chosen model's detector when it is a detector run; otherwise steps aside. */
    private void follow(DeployableModel model) {
        long mine = ++generation;
        finder = Optional.empty();
        active.set(false);
        ready.set(false);
        results.clear();
        selected.set(null);
        info.set("");
        Optional<Long> runId = Optional.ofNullable(model).filter(m -> m.kind() == ModelKind.DETECTOR)
                .flatMap(DeployableModel::runId);
        if (runId.isEmpty() || session.isEmpty()) {
            return;
        }
        DetectorAccess from = access;
        ProjectSession s = session.get();
        tasks.submit(() -> detector(from, s, runId.get()), loaded -> {
            if (mine != generation || loaded.isEmpty()) {
                return;
            }
            finder = Optional.of(loaded.get().finder());
            active.set(true);
            ready.set(true);
            List<String> classes = loaded.get().finder().classes();
            info.set(loaded.get().run().name() + ": a detector of " + classes.size()
                    + (classes.size() == 1 ? " class (" : " classes (") + String.join(", ", classes)
                    + "). Files tried show its boxes, with class and score.");
        }, "Cannot load the detector");
    }

    private record Loaded(DetectorRun run, BoxFinder finder) {
    }

    /** The run's detector, when the run is one of the project's detector runs. */
    private static Optional<Loaded> detector(DetectorAccess from, ProjectSession s, long runId) throws IOException {
        Optional<DetectorRun> run = from.runs(s.store()).stream().filter(r -> r.id() == runId).findFirst();
        return run.isEmpty() ? Optional.empty() : Optional.of(new Loaded(run.get(), from.finder(s.store(), runId)));
    }

    /** Finds the boxes on each image (folders: the images in them) and adds them to the list, newest first. */
    public void tryFiles(List<Path> files) {
        if (finder.isEmpty() || files.isEmpty()) {
            return;
        }
        BoxFinder f = finder.get();
        long mine = generation;
        tasks.submit(() -> {
            List<BoxResult> rows = new ArrayList<>();
            for (Path file : ImageFiles.expand(files)) {
                rows.add(tryOne(f, file));
            }
            return rows;
        }, rows -> {
            if (mine == generation && !rows.isEmpty()) {
                results.addAll(0, rows);
                selected.set(rows.get(0));
            }
        }, "Cannot find boxes");
    }

    private static BoxResult tryOne(BoxFinder f, Path file) {
        long start = System.nanoTime();
        try {
            List<Detection> boxes = f.find(file);
            return new BoxResult(file, boxes, f.classes(), (System.nanoTime() - start) / 1e6, "");
        } catch (IOException | RuntimeException e) {
            return BoxResult.failed(file, "not readable: " + e.getMessage());
        }
    }

    /** The chosen model is a detector run: this, not the classifier's tries, takes the screen's middle. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Its detector is loaded: files can be tried. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** What the detector is: its run and classes. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ObservableList<BoxResult> results() {
        return results;
    }

    public ObjectProperty<BoxResult> selectedProperty() {
        return selected;
    }
}
