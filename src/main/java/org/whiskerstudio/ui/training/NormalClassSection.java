package org.whiskerstudio.ui.training;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** What an autoencoder learns as normal: one class, or every example, labelled or not. Shown for autoencoders only. */
final class NormalClassSection {
    private final VBox box;

    static final String ALL_EXAMPLES = "All examples";

    NormalClassSection(TrainingViewModel model) {
        GanForm form = model.ganForm();
        ComboBox<String> normal = new ComboBox<>(form.classes());
        normal.setId("normal-class");
        normal.setMaxWidth(Double.MAX_VALUE);
        normal.valueProperty().bindBidirectional(form.learnedClassProperty());
        normal.setConverter(names());
        normal.setTooltip(new Tooltip("The examples the autoencoder learns to rebuild. " + ALL_EXAMPLES + ": every example, "
                + "labelled or not (no labels are needed). With one class, only its examples, and those of the other "
                + "classes count as anomalies when the run is evaluated."));
        HBox row = new HBox(8, new Label("Normal class"), normal);
        HBox.setHgrow(normal, Priority.ALWAYS);
        Label note = new Label("An autoencoder learns to give back its input; an example it rebuilds badly is "
                + "unusual. With " + ALL_EXAMPLES + " it learns every example, labelled or not. Its loss is the reconstruction "
                + "error; it has no accuracy.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        Label title = new Label("Autoencoder");
        title.getStyleClass().add("text-bold");
        box = new VBox(6, title, row, note);
        box.setId("autoencoder-settings");
        box.setPadding(new Insets(0, 0, 4, 0));
        box.visibleProperty().bind(form.autoencoderProperty());
        box.managedProperty().bind(box.visibleProperty());
        box.disableProperty().bind(model.activeProperty());
    }

    Node node() {
        return box;
    }

    /** The GAN's "All labelled images" means every example to an autoencoder, labelled or not: named so here. */
    static StringConverter<String> names() {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return GanForm.ALL_IMAGES.equals(value) ? ALL_EXAMPLES : value;
            }

            @Override
            public String fromString(String text) {
                return ALL_EXAMPLES.equals(text) ? GanForm.ALL_IMAGES : text;
            }
        };
    }
}
