package org.whiskerstudio.ui.training;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.whiskerstudio.training.TrainingRun;

/** The settings panel's "Start from" group: the {@link StartChoice} as a choice box, run list, model field and spinner. */
final class StartFromSection {
    private final StartChoice choice;
    private final VBox box = new VBox(6);

    StartFromSection(TrainingViewModel model) {
        this.choice = model.startChoice();
        ComboBox<StartChoice.Mode> mode = new ComboBox<>();
        mode.setId("training-start-from");
        mode.getItems().setAll(StartChoice.Mode.values());
        mode.setConverter(converter());
        mode.valueProperty().bindBidirectional(choice.mode());
        mode.setMaxWidth(Double.MAX_VALUE);
        mode.setTooltip(tip("New weights start from the seed. A run or bundle gives its weights: all layers when "
                + "the classes are the same (matched by name), else every layer but a fresh output layer. The "
                + "architecture must be the same network, reading the same input."));

        ComboBox<TrainingRun> run = new ComboBox<>(choice.runs());
        run.setId("training-start-run");
        run.setPromptText("Choose a run");
        run.setMaxWidth(Double.MAX_VALUE);
        run.valueProperty().bindBidirectional(choice.run());
        run.setButtonCell(new RunName());
        run.setCellFactory(list -> new RunName());
        show(run, StartChoice.Mode.THIS_PROJECT);

        TextField other = new TextField();
        other.setId("training-start-model");
        other.setPromptText("PROJECT-FOLDER:RUN or FILE.whisker-model.zip");
        other.textProperty().bindBidirectional(choice.other());
        Button bundle = new Button("Bundle...");
        bundle.setTooltip(tip("Choose a model bundle (.whisker-model.zip), read without trusting it"));
        bundle.setOnAction(e -> chooseBundle(bundle));
        Button project = new Button("Project...");
        project.setTooltip(tip("Choose another project's folder, then type the run's number after the colon"));
        project.setOnAction(e -> chooseProject(project));
        // The field gets the panel's whole width; the two choosers go below it, where their names fit.
        HBox choosers = new HBox(4, bundle, project);
        VBox otherRow = new VBox(4, other, choosers);
        show(otherRow, StartChoice.Mode.OTHER);

        Spinner<Integer> freeze = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 10_000, 0));
        freeze.setId("training-freeze-epochs");
        freeze.setEditable(true);
        freeze.setPrefWidth(90);
        freeze.getValueFactory().valueProperty().bindBidirectional(choice.freezeEpochs().asObject());
        Label freezeLabel = new Label("Freeze layers for");
        freezeLabel.setLabelFor(freeze);
        HBox freezeRow = new HBox(6, freezeLabel, freeze, new Label("epochs"));
        freezeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Tooltip.install(freezeRow, tip("The first epochs train only the output layer; the layers below keep the "
                + "model's weights (0 = train every layer from the start)."));
        freezeRow.visibleProperty().bind(choice.mode().isNotEqualTo(StartChoice.Mode.NEW));
        freezeRow.managedProperty().bind(freezeRow.visibleProperty());

        Label heading = new Label("Start from");
        heading.getStyleClass().add("title-4");
        box.getChildren().addAll(heading, mode, run, otherRow, freezeRow);
        box.setPadding(new Insets(0));
        box.disableProperty().bind(model.activeProperty());
        // Only a classifier continues from a model (GanForm#startsFromModels; an agent starts afresh too).
        box.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.ganForm().startsFromModels() && !model.agentForm().agentProperty().get(),
                model.ganForm().ganProperty(), model.ganForm().autoencoderProperty(),
                model.ganForm().detectorProperty(), model.agentForm().agentProperty()));
        box.managedProperty().bind(box.visibleProperty());
    }

    Node node() {
        return box;
    }

    private void show(Node node, StartChoice.Mode when) {
        node.visibleProperty().bind(choice.mode().isEqualTo(when));
        node.managedProperty().bind(node.visibleProperty());
    }

    private void chooseBundle(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Start from a model bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Model bundles", "*.zip"));
        File file = chooser.showOpenDialog(owner.getScene().getWindow());
        if (file != null) {
            choice.chooseBundle(file.getAbsolutePath());
        }
    }

    private void chooseProject(Node owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Start from a run of another project");
        File folder = chooser.showDialog(owner.getScene().getWindow());
        if (folder != null) {
            choice.chooseProject(folder.getAbsolutePath());
        }
    }

    private static Tooltip tip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        return tooltip;
    }

    private static StringConverter<StartChoice.Mode> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(StartChoice.Mode mode) {
                return mode == null ? "" : mode.label();
            }

            @Override
            public StartChoice.Mode fromString(String s) {
                return null;
            }
        };
    }

    /** A run as "#3 LeNet #1 (5 epochs)". */
    private static final class RunName extends ListCell<TrainingRun> {
        @Override
        protected void updateItem(TrainingRun run, boolean empty) {
            super.updateItem(run, empty);
            setText(empty || run == null ? null : "#" + run.id() + " " + run.name() + " (" + run.epochsDone()
                    + (run.epochsDone() == 1 ? " epoch)" : " epochs)"));
        }
    }
}
