package org.whiskerstudio.ui.deploy;

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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.deploy.FoundBoxes;
import org.whiskerstudio.deploy.ImageFiles;
import org.whiskerstudio.deploy.LoadedModel;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The Deploy screen for a detector (a run or an imported bundle): when the model loaded finds boxes, files tried on
 * it show their boxes (class, score, where) instead of a classifier's bars, and its confidence and NMS IoU can be
 * moved: the files tried are then found again with the new thresholds, which also answer a folder's CSV and go into
 * the bundle ({@link DeployViewModel#thresholdsProperty()}).
 */
public final class DetectorTryViewModel {
    private final UiTasks tasks;
    private final DeployViewModel deploy;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ObservableList<BoxResult> results = FXCollections.observableArrayList();
    private final ObjectProperty<BoxResult> selected = new SimpleObjectProperty<>();
    private Optional<LoadedModel> detector = Optional.empty();
    private long generation;

    /** @param deploy the Deploy screen's model: what it loads, and where the thresholds are kept */
    public DetectorTryViewModel(TaskExecutor executor, Notifier notifier, DeployViewModel deploy) {
        this.tasks = new UiTasks(executor, notifier);
        this.deploy = deploy;
        deploy.loadedProperty().addListener((o, a, b) -> follow(b));
        deploy.thresholdsProperty().addListener((o, a, b) -> {
            if (b != null && a != null && !a.equals(b)) {
                findAgain();
            }
        });
        follow(deploy.loadedProperty().get());
    }

    /** Takes the screen's middle when the model loaded finds boxes; otherwise steps aside. */
    private void follow(LoadedModel model) {
        generation++;
        detector = Optional.ofNullable(model).filter(LoadedModel::findsBoxes);
        results.clear();
        selected.set(null);
        active.set(detector.isPresent());
        info.set(detector.map(m -> m.name() + ": a detector of " + m.outputDescription().replaceFirst("^boxes of ", "")
                + ". Files tried show its boxes, with class and score. Its bundle carries its anchors and these "
                + "thresholds, without ONNX (its boxes are read after the network).").orElse(""));
    }

    /** Finds the boxes on each image (folders: the images in them) and adds them to the list, newest first. */
    public void tryFiles(List<Path> files) {
        if (detector.isEmpty() || files.isEmpty()) {
            return;
        }
        LoadedModel m = answering();
        long mine = generation;
        tasks.submit(() -> find(m, ImageFiles.expand(files)), rows -> {
            if (mine == generation && !rows.isEmpty()) {
                results.addAll(0, rows);
                selected.set(rows.get(0));
            }
        }, "Cannot find boxes");
    }

    /** The files tried, found again with the thresholds now set; the one shown stays shown. */
    private void findAgain() {
        if (detector.isEmpty() || results.isEmpty()) {
            return;
        }
        LoadedModel m = answering();
        long mine = ++generation;
        List<Path> files = results.stream().map(BoxResult::file).toList();
        int shown = Math.max(0, results.indexOf(selected.get()));
        tasks.submit(() -> find(m, files), rows -> {
            if (mine == generation) {
                results.setAll(rows);
                selected.set(rows.get(Math.min(shown, rows.size() - 1)));
            }
        }, "Cannot find boxes");
    }

    private LoadedModel answering() {
        DetectionSettings moved = deploy.thresholdsProperty().get();
        return moved == null ? detector.orElseThrow() : detector.orElseThrow().withThresholds(moved);
    }

    private static List<BoxResult> find(LoadedModel m, List<Path> files) {
        List<BoxResult> rows = new ArrayList<>();
        for (Path file : files) {
            rows.add(tryOne(m, file));
        }
        return rows;
    }

    private static BoxResult tryOne(LoadedModel m, Path file) {
        try {
            Prediction p = m.predict(file, 1);
            FoundBoxes found = p.boxes().orElseThrow(() -> new IllegalStateException("the model found no boxes"));
            return new BoxResult(file, found.boxes(), found.classes(), p.millis(), "");
        } catch (ImageUnreadable | RuntimeException e) {
            return BoxResult.failed(file, "not readable: " + e.getMessage());
        }
    }

    /** Moves the confidence threshold (0-1) the detector's boxes are kept by. */
    public void setConfidence(double confidence) {
        move(new DetectionSettings(confidence, thresholds().nmsIou()));
    }

    /** Moves the IoU above which NMS suppresses a box of the same class (0-1, above 0). */
    public void setNmsIou(double nmsIou) {
        move(new DetectionSettings(thresholds().confidence(), nmsIou));
    }

    private void move(DetectionSettings next) {
        if (detector.isPresent()) {
            // A spinner's steps add up in binary (0.25 + 7 x 0.05 = 0.6000000000000001): the card keeps 0.6.
            deploy.thresholdsProperty().set(new DetectionSettings(hundredths(next.confidence()),
                    hundredths(next.nmsIou())));
        }
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The thresholds in force: those moved, else the defaults until a detector is loaded. */
    public DetectionSettings thresholds() {
        DetectionSettings moved = deploy.thresholdsProperty().get();
        return moved == null ? DetectionSettings.DEFAULTS : moved;
    }

    /** The loaded model finds boxes: this, not the classifier's tries, takes the screen's middle. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** What the detector is: its name and classes, and what its bundle carries. */
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
