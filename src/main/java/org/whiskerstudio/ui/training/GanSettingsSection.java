package org.whiskerstudio.ui.training;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The settings only a GAN has: which images it learns, and how often it draws samples. Shown in GAN mode. */
final class GanSettingsSection {
    private final VBox box;

    GanSettingsSection(TrainingViewModel model) {
        GanForm form = model.ganForm();
        ComboBox<String> learned = new ComboBox<>(form.classes());
        learned.setId("gan-class");
        learned.setMaxWidth(Double.MAX_VALUE);
        learned.valueProperty().bindBidirectional(form.learnedClassProperty());
        learned.setTooltip(new Tooltip("The images the generator learns to make: one class gives sharper, recognisable "
                + "items; all labelled images mixes them."));
        TextField every = new TextField();
        every.setId("gan-sample-every");
        every.textProperty().bindBidirectional(form.sampleEveryProperty());
        every.setTooltip(new Tooltip("Steps between sample grids (100 to 300 is a good rhythm to watch shapes form)."));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Learn"), learned);
        grid.addRow(1, new Label("Samples every"), every);
        GridPane.setHgrow(learned, Priority.ALWAYS);
        Label note = new Label("A GAN trains a generator against a discriminator with Adam (β1 0.5) at the learning rate "
                + "below; epochs, batch size and seed apply, the schedule, weight decay, patience and augmentation do not. "
                + "It learns from the training part only.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        Label title = new Label("GAN");
        title.getStyleClass().add("text-bold");
        box = new VBox(6, title, grid, note);
        box.setId("gan-settings");
        box.setPadding(new Insets(0, 0, 4, 0));
        box.visibleProperty().bind(form.ganProperty());
        box.managedProperty().bind(box.visibleProperty());
        box.disableProperty().bind(model.activeProperty());
    }

    Node node() {
        return box;
    }
}
