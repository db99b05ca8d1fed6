package org.whiskerstudio.ui.training;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.training.Optimizer;
import org.whiskerstudio.training.Schedule;
import org.whiskerstudio.ui.common.Icons;

/** The run settings, grouped, each with a tooltip saying what it does; problems and data warnings below. */
final class SettingsPanel {
    private final TrainingViewModel model;
    private final TrainingForm form;
    private final VBox box = new VBox(10);

    SettingsPanel(TrainingViewModel model) {
        this.model = model;
        this.form = model.form();
        ComboBox<String> architecture = new ComboBox<>(model.architectures());
        architecture.setId("training-architecture");
        architecture.setMaxWidth(Double.MAX_VALUE);
        architecture.valueProperty().bindBidirectional(model.architectureProperty());

        GridPane data = grid();
        row(data, 0, "Architecture", architecture, "The network to train, as built on the Architecture screen.");
        ComboBox<ResizeMode> resizeChoice = choice("training-resize", ResizeMode.values(), form.resize(),
                ResizeMode::label);
        // A detector always letterboxes (its boxes keep their shape): the form shows so and cannot change it.
        resizeChoice.disableProperty().bind(model.ganForm().detectorProperty());
        Node resize = row(data, 1, "Resize", resizeChoice,
                "How images of another size are brought to the network's input size: Stretch distorts, Letterbox pads "
                        + "with black, Centre crop cuts the edges. A detector always letterboxes.");
        Node epochs = row(data, 2, "Epochs", field("training-epochs", form.epochs()),
                "Passes over the training examples (1 to 10,000). More epochs learn more, until the model starts to "
                        + "memorise the training examples.");
        Node batch = row(data, 3, "Batch size", field("training-batch", form.batchSize()),
                "Examples per step (1 to 4,096). Larger batches are faster per example and smoother, and need more memory.");

        GridPane optimiser = grid();
        row(optimiser, 0, "Optimiser", choice("training-optimizer", Optimizer.values(), form.optimizer(), Optimizer::label),
                "The weight update rule. Adam is a good default; changing it sets its usual learning rate unless you "
                        + "changed the rate.");
        row(optimiser, 1, "Learning rate", field("training-learning-rate", form.learningRate()),
                "Step size of each update. Too high and the loss jumps or becomes NaN; too low and training crawls.");
        row(optimiser, 2, "Schedule", choice("training-schedule", Schedule.values(), form.schedule(), Schedule::label),
                "How the learning rate changes over the run: constant, halved every 2 epochs, or cosine decay to ~0.");
        row(optimiser, 3, "Weight decay", field("training-weight-decay", form.weightDecay()),
                "L2 penalty on large weights (0 = off; 0.0001 to 0.001 is typical). Helps against overfitting.");

        GridPane stopping = grid();
        Node patience = row(stopping, 0, "Patience", field("training-patience", form.patience()),
                "Early stopping: stop after this many epochs without a better validation loss (0 = off).");
        Button dice = new Button("", Icons.of(Material2AL.AUTORENEW));
        dice.setTooltip(new Tooltip("A new random seed"));
        dice.setOnAction(e -> form.seed().set(Integer.toString(new Random().nextInt(1_000_000))));
        TextField seed = field("training-seed", form.seed());
        HBox seedRow = new HBox(4, seed, dice);
        HBox.setHgrow(seed, Priority.ALWAYS);
        row(stopping, 1, "Seed", seedRow,
                "Drives initial weights, shuffling and augmentation: the same seed and data give the same run.");
        row(stopping, 2, "Threads", field("training-threads", form.threads()),
                "Compute threads for training (0 = let the studio choose).");

        GridPane augmentation = grid();
        CheckBox flip = new CheckBox("Mirror left-right");
        flip.setId("training-flip");
        flip.selectedProperty().bindBidirectional(form.flip());
        row(augmentation, 0, "Flip", flip, "Mirror half the training images at random. Only for pictures where a "
                + "mirrored cat is still a cat (not for text or digits).");
        TextField rotation = field("training-rotation", form.rotation());
        TextField brightness = field("training-brightness", form.brightnessPercent());
        // A detector's boxes move with the pixels under a flip, a shift and a scale; a rotation would not keep them
        // tight, and its training leaves brightness alone.
        rotation.disableProperty().bind(model.ganForm().detectorProperty());
        brightness.disableProperty().bind(model.ganForm().detectorProperty());
        row(augmentation, 1, "Rotation (°)", rotation,
                "Rotate training images by a random angle up to this many degrees each way (0 = off, at most 45). "
                        + "Not for detectors.");
        row(augmentation, 2, "Shift (%)", field("training-shift", form.shiftPercent()),
                "Move training images by up to this share of their size each way (0 = off, at most 50).");
        row(augmentation, 3, "Brightness (%)", brightness,
                "Lighten or darken training images by up to this much (0 = off, at most 50). "
                        + "Augmentation never touches validation images. Not for detectors.");
        Label detectorNote = new Label("A detector uses the flip and the shift, with a small change of scale: its "
                + "boxes move with the pixels.");
        detectorNote.setId("training-detector-augmentation");
        detectorNote.setWrapText(true);
        detectorNote.getStyleClass().add("text-muted");
        detectorNote.visibleProperty().bind(model.ganForm().detectorProperty());
        detectorNote.managedProperty().bind(detectorNote.visibleProperty());

        VBox problems = messages("training-problems", model.problems(), "danger", Material2AL.ERROR_OUTLINE);
        VBox warnings = messages("training-warnings", model.dataWarnings(), "warning", Material2MZ.WARNING);
        Node[] groups = {section("Data & model", data), section("Optimiser", optimiser),
                section("Stopping & seed", stopping), section("Augmentation", new VBox(6, augmentation, detectorNote))};
        for (Node g : groups) {
            g.disableProperty().bind(model.activeProperty());
        }
        box.getChildren().addAll(groups);
        // Augmentation changes pictures: hidden for a GAN, a character model and series or texts. The GAN's own
        // settings come after the data.
        groups[3].visibleProperty().bind(model.ganForm().ganProperty().not().and(model.augmentsProperty()));
        groups[3].managedProperty().bind(groups[3].visibleProperty());
        box.getChildren().add(1, new GanSettingsSection(model).node());
        box.getChildren().add(1, new AgentSettingsSection(model).node());
        // An agent has its own steps, rate and exploration: the data and optimiser settings mean nothing to it.
        for (Node n : List.of(epochs, batch, patience, groups[1])) {
            n.visibleProperty().bind(model.agentForm().agentProperty().not());
            n.managedProperty().bind(n.visibleProperty());
        }
        // Resize brings pictures to the input size: it means nothing for series, texts or an agent.
        resize.visibleProperty().bind(model.resizesProperty().and(model.agentForm().agentProperty().not()));
        resize.managedProperty().bind(resize.visibleProperty());
        box.getChildren().add(2, new NormalClassSection(model).node());
        box.getChildren().add(3, new StartFromSection(model).node());
        box.getChildren().addAll(problems, warnings);
        box.setPadding(new Insets(10));
    }

    Node node() {
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(320);
        scroll.setMinWidth(260);
        scroll.getStyleClass().add("training-settings");
        return scroll;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(100);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        return grid;
    }

    /** Adds a labelled row; its label is returned, bound to hide with the control. */
    static Node row(GridPane grid, int row, String name, Node control, String tip) {
        Label label = new Label(name);
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        label.setTooltip(tooltip);
        if (control instanceof Control c) {
            c.setTooltip(tooltip);
            c.setMaxWidth(Double.MAX_VALUE);
        } else {
            Tooltip.install(control, tooltip);
        }
        label.setLabelFor(control);
        grid.addRow(row, label, control);
        control.visibleProperty().bind(label.visibleProperty());
        control.managedProperty().bind(label.managedProperty());
        return label;
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        return new VBox(6, heading, content);
    }

    static TextField field(String id, StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    static <T> ComboBox<T> choice(String id, T[] values, ObjectProperty<T> value, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static VBox messages(String id, ObservableList<String> source, String style, Ikon icon) {
        VBox list = new VBox(4);
        list.setId(id);
        Runnable fill = () -> list.getChildren().setAll(source.stream().map(text -> {
            Label l = new Label(text, Icons.of(icon));
            l.setWrapText(true);
            l.getStyleClass().add(style);
            return l;
        }).toList());
        source.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return list;
    }
}
