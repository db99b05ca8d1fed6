package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.ui.common.Icons;

/** The classes: a searchable list with key numbers and counts, and create/rename/recolour/merge/delete. */
final class ClassPanel {
    private final LabelViewModel model;
    private final VBox root;
    private final ListView<ClassUsage> list;

    ClassPanel(LabelViewModel model) {
        this.model = model;
        TextField filter = new TextField();
        filter.setPromptText("Find a class");
        filter.setId("class-filter");
        FilteredList<ClassUsage> shown = new FilteredList<>(model.classes());
        filter.textProperty().addListener((o, a, text) -> shown.setPredicate(u -> text == null || text.isBlank()
                || u.labelClass().name().toLowerCase().contains(text.strip().toLowerCase())));
        list = new ListView<>(shown);
        list.setId("class-list");
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new ClassCell());
        list.setOnMouseClicked(e -> {
            ClassUsage u = list.getSelectionModel().getSelectedItem();
            if (u != null && e.getClickCount() == 2) {
                model.applyClass(u.labelClass());
            } else if (u != null) {
                model.activeClassProperty().set(Optional.of(u.labelClass()));
            }
        });
        filter.setOnAction(e -> {
            if (!shown.isEmpty()) {
                model.applyClass(shown.get(0).labelClass());
            }
        });
        // The list's selection is the class of new boxes: shown again whenever the rows are replaced (after each edit).
        Runnable showActive = () -> model.activeClassProperty().get().ifPresent(c -> shown.stream()
                .filter(u -> u.labelClass().id() == c.id()).findFirst().ifPresent(u -> list.getSelectionModel().select(u)));
        model.activeClassProperty().addListener((o, a, b) -> showActive.run());
        shown.addListener((ListChangeListener<ClassUsage>) c -> showActive.run());

        Button add = button(Material2AL.ADD, "New class", "class-add", this::create);
        Button rename = button(Material2AL.EDIT, "Rename", "class-rename", () -> chosen().ifPresent(this::rename));
        Button colour = button(Material2MZ.PALETTE, "Colour", "class-colour", () -> chosen().ifPresent(this::recolour));
        Button merge = button(Material2AL.CALL_MERGE, "Merge into another class", "class-merge", () -> chosen().ifPresent(this::merge));
        Button delete = button(Material2AL.DELETE, "Delete", "class-delete", () -> chosen().ifPresent(this::delete));
        HBox buttons = new HBox(4, add, rename, colour, merge, delete);
        Label heading = new Label("Classes");
        heading.getStyleClass().add("title-4");
        Label hint = new Label("Click: new boxes get this class. 1-9 or double-click: the selected box gets it, "
                + "else the shown example is tagged.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        root = new VBox(6, heading, filter, list, buttons, hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        root.setPrefWidth(250);
    }

    Node node() {
        return root;
    }

    private static Button button(Ikon icon, String tip, String id, Runnable action) {
        Button b = new Button("", Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Optional<LabelClass> chosen() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(ClassUsage::labelClass);
    }

    private void create() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(root.getScene().getWindow());
        d.setTitle("New class");
        d.setHeaderText("Name of the new class (for example: cat)");
        d.showAndWait().ifPresent(model::createClass);
    }

    private void rename(LabelClass c) {
        TextInputDialog d = new TextInputDialog(c.name());
        d.initOwner(root.getScene().getWindow());
        d.setTitle("Rename class");
        d.setHeaderText("New name for \"" + c.name() + "\"");
        d.showAndWait().ifPresent(name -> model.renameClass(c, name));
    }

    private void recolour(LabelClass c) {
        ColorPicker picker = new ColorPicker(Color.web(c.color()));
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(root.getScene().getWindow());
        d.setTitle("Class colour");
        d.setHeaderText("Colour of \"" + c.name() + "\"");
        d.getDialogPane().setContent(picker);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            Color col = picker.getValue();
            model.recolourClass(c, String.format("#%02x%02x%02x", (int) Math.round(col.getRed() * 255),
                    (int) Math.round(col.getGreen() * 255), (int) Math.round(col.getBlue() * 255)));
        });
    }

    private void merge(LabelClass from) {
        List<LabelClass> others = model.classes().stream().map(ClassUsage::labelClass).filter(c -> c.id() != from.id()).toList();
        if (others.isEmpty()) {
            return;
        }
        ChoiceDialog<LabelClass> d = new ChoiceDialog<>(others.get(0), others);
        d.initOwner(root.getScene().getWindow());
        d.setTitle("Merge class");
        ClassUsage usage = model.usageOf(from.id()).orElseThrow();
        d.setHeaderText("Move all " + usage.annotations() + " labels on " + model.kind().count(usage.images()) + " from \"" + from.name()
                + "\" into another class, then remove \"" + from.name() + "\". Undo puts it back.");
        d.showAndWait().ifPresent(into -> model.mergeClass(from, into));
    }

    private void delete(LabelClass c) {
        ClassUsage usage = model.usageOf(c.id()).orElseThrow();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, ButtonType.OK);
        a.initOwner(root.getScene().getWindow());
        a.setTitle("Delete class");
        a.setHeaderText("Delete \"" + c.name() + "\" and its " + usage.annotations() + " labels on "
                + model.kind().count(usage.images()) + "?");
        a.setContentText("Undo (Ctrl+Z) brings the class and every label back.");
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.deleteClass(c));
    }

    /** A class row: colour swatch, key number, name and count. */
    private final class ClassCell extends ListCell<ClassUsage> {
        @Override
        protected void updateItem(ClassUsage item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int key = model.classes().indexOf(item) + 1;
            Rectangle swatch = new Rectangle(12, 12, Color.web(item.labelClass().color()));
            Label keyLabel = new Label(key <= 9 ? String.valueOf(key) : " ");
            keyLabel.setMinWidth(14);
            keyLabel.getStyleClass().add("text-muted");
            Label name = new Label(item.labelClass().name());
            Label count = new Label(String.valueOf(item.images()));
            count.getStyleClass().add("text-muted");
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(6, keyLabel, swatch, name, count);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
