package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.detection.BoxColours;
import org.whiskerstudio.ui.detection.DetectorRun;

/**
 * The Label screen's row for model-assisted boxes, shown once the project has a detector run: which run finds boxes
 * (or none), the confidence threshold, how many boxes are offered, Accept all and Dismiss all; and the boxes offered
 * handed to the canvas in their class's colour.
 */
final class BoxAssistBar {
    private final BoxAssistViewModel model;
    private final LabelViewModel labels;
    private final VBox root = new VBox(2);

    BoxAssistBar(LabelViewModel labels, AnnotationCanvas canvas, Runnable refocus) {
        this.labels = labels;
        this.model = labels.boxAssist();
        root.setId("label-box-assist");
        root.getStyleClass().add("suggestion-bar");
        root.setPadding(new Insets(4, 10, 4, 10));
        ComboBox<DetectorRun> run = new ComboBox<>(model.runs());
        run.setId("label-box-helper");
        run.setPromptText("Off: no detector");
        run.setPrefWidth(180);
        run.setFocusTraversable(false);
        run.setTooltip(new Tooltip("A trained detector run finds boxes on every image shown; accept the right ones"));
        run.valueProperty().addListener((o, a, b) -> {
            model.helperProperty().set(Optional.ofNullable(b));
            refocus.run();
        });
        model.helperProperty().addListener((o, a, b) -> run.setValue(b.orElse(null)));
        Button off = button("", Icons.of(Material2AL.CLOSE), "Stop finding boxes", "label-box-off",
                () -> model.helperProperty().set(Optional.empty()), refocus);
        off.disableProperty().bind(Bindings.createBooleanBinding(() -> model.helperProperty().get().isEmpty(),
                model.helperProperty()));
        Slider threshold = new Slider(BoxAssistViewModel.MIN_THRESHOLD, 0.95, model.thresholdProperty().get());
        threshold.setId("label-box-threshold");
        threshold.setPrefWidth(90);
        threshold.setFocusTraversable(false);
        threshold.valueProperty().bindBidirectional(model.thresholdProperty());
        threshold.setTooltip(new Tooltip("Boxes the detector scores under this are not offered"));
        Label value = new Label();
        value.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.2f",
                model.thresholdProperty().get()), model.thresholdProperty()));
        Label count = new Label();
        count.setId("label-box-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> BoxAssistViewModel.count(model.offered().size()),
                model.offered()));
        Button acceptAll = button("Accept all (Shift+Y)", Icons.of(Material2MZ.PLAYLIST_ADD_CHECK), "Add every box "
                + "offered as a label, in one step (Ctrl+Z takes them all back). Y or a click accepts one.",
                "label-box-accept-all", model::acceptAll, refocus);
        // An icon only: with the shell's rail beside it, the row must fit a 1024 px window.
        Button dismissAll = button("", Icons.of(Material2AL.CLEAR_ALL), "Dismiss all: stop offering the boxes on this "
                + "image (X or a right click dismisses one, Shift+X all)", "label-box-dismiss-all", model::dismissAll, refocus);
        for (Button b : List.of(acceptAll, dismissAll)) {
            b.disableProperty().bind(Bindings.isEmpty(model.offered()));
        }
        Label message = new Label();
        message.getStyleClass().add("text-muted");
        // Until the row has news, it says how to take a box: the gestures are not on any button.
        message.textProperty().bind(Bindings.createStringBinding(() -> !model.messageProperty().get().isEmpty()
                ? model.messageProperty().get() : model.offered().isEmpty() ? model.belowThresholdProperty().get()
                : "Click a box or press Y to accept it; right click or X dismisses it.", model.messageProperty(),
                model.offered(), model.belowThresholdProperty()));
        // Under the controls and wrapped, so news and hints are read whole at 1366 px, not cut after a few words.
        message.setId("label-box-message");
        message.setWrapText(true);
        // Its line stays when empty, so the picture below does not jump as boxes come and go.
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, new Label("Boxes from"), run, off, new Label("scored at least"), threshold, value,
                count, acceptAll, dismissAll);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        root.getChildren().addAll(controls, message);
        root.visibleProperty().bind(Bindings.isNotEmpty(model.runs()));
        root.managedProperty().bind(root.visibleProperty());
        Runnable draw = () -> canvas.setProposals(model.offered().stream().map(d -> new ProposalLayer.Proposal(d,
                colourOf(d), model.caption(d))).toList());
        model.offered().addListener((ListChangeListener<Detection>) c -> draw.run());
        labels.classes().addListener((ListChangeListener<ClassUsage>) c -> draw.run());
    }

    Node node() {
        return root;
    }

    /** The project's colour of the class the run names, or the run's own colour when the project has no such class. */
    private Color colourOf(Detection d) {
        String name = model.className(d);
        return labels.classes().stream().filter(u -> u.labelClass().name().equals(name)).findFirst()
                .map(u -> ClassLook.of(u.labelClass()).colour()).orElse(BoxColours.of(d.classIndex()));
    }

    private static Button button(String text, Node icon, String tip, String id, Runnable action, Runnable refocus) {
        Button b = new Button(text, icon);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            action.run();
            refocus.run();
        });
        return b;
    }
}
