package org.whiskerstudio.ui.architecture;

import java.util.Locale;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.whiskerstudio.architecture.LearningCriterion;

/**
 * The New dialog's content: the three learning criteria as radio buttons, each with a sentence on what it means
 * (one no template serves shown but disabled), and the list of the templates that fit the chosen one.
 */
final class TemplateChooser {
    private final TemplateChooserViewModel model;
    private final ListView<ArchitectureServices.Template> list = new ListView<>();
    private final VBox root = new VBox(6);

    TemplateChooser(TemplateChooserViewModel model) {
        this.model = model;
        root.setId("template-chooser");
        // The dialog pane gives its content no margin of its own here: the choice would touch the window edge.
        root.setPadding(new Insets(12, 16, 4, 16));
        root.getChildren().add(new Label("What should the model learn?"));
        ToggleGroup group = new ToggleGroup();
        for (LearningCriterion c : LearningCriterion.values()) {
            RadioButton radio = new RadioButton(c.title());
            radio.setId("criterion-" + c.name().toLowerCase(Locale.ROOT));
            radio.setToggleGroup(group);
            radio.setSelected(c == model.criterionProperty().get());
            radio.setDisable(!model.choosable(c));
            radio.setOnAction(e -> model.criterionProperty().set(c));
            Label explanation = new Label(c.explanation());
            explanation.setWrapText(true);
            explanation.getStyleClass().add("text-muted");
            explanation.setPadding(new Insets(0, 0, 4, 24));
            root.getChildren().addAll(radio, explanation);
        }
        list.setId("template-list");
        list.setItems(model.shown());
        list.setPrefHeight(180);
        list.setCellFactory(l -> new ListCell<>() {
            {
                // Long titles (the detector's) wrap within the list rather than hide behind a sideways scroll.
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
                setMaxWidth(USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(ArchitectureServices.Template item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        model.shown().addListener((ListChangeListener<ArchitectureServices.Template>) c ->
                list.getSelectionModel().selectFirst());
        list.getSelectionModel().selectFirst();
        root.getChildren().addAll(new Label("Templates that fit:"), list);
        root.setPrefWidth(460);
    }

    Node node() {
        return root;
    }

    /** The template selected in the list, if any. */
    Optional<ArchitectureServices.Template> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** Asks in a dialog; the template picked, or empty when cancelled. */
    static Optional<ArchitectureServices.Template> ask(Window owner, TemplateChooserViewModel model) {
        TemplateChooser chooser = new TemplateChooser(model);
        Dialog<ArchitectureServices.Template> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New architecture");
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(chooser.node());
        dialog.getDialogPane().lookupButton(create).disableProperty()
                .bind(chooser.list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == create ? chooser.selected().orElse(null) : null);
        return dialog.showAndWait();
    }
}
