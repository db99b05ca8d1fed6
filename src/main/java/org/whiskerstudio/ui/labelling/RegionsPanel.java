package org.whiskerstudio.ui.labelling;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.labelling.ShownLabels.RegionRow;

/**
 * The shown image's boxes and polygons, one row each (class, kind, size). Selecting a row selects its region on the
 * canvas and the other way round; the selected region's class can be changed and the region deleted here too.
 */
final class RegionsPanel {
    private final LabelViewModel model;
    private final ShownLabels labels;
    private final VBox root;
    private final ListView<RegionRow> list;
    private final ComboBox<LabelClass> classBox = new ComboBox<>();
    private final ObservableList<LabelClass> classes = FXCollections.observableArrayList();
    /** Set while the list follows the view model, so the class box's change is not taken for the user's choice. */
    private boolean following;

    /**
     * @param sequenceShown true while a series or a text is shown: it has tags only, and the empty list says so
     */
    RegionsPanel(LabelViewModel model, ObservableBooleanValue sequenceShown, Runnable refocus) {
        this.model = model;
        this.labels = model.labels();
        list = new ListView<>(labels.regions());
        list.setId("label-regions");
        list.setFocusTraversable(false);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(sequenceShown).then("A series or a text has class tags only")
                .otherwise("No regions yet\nB box, P polygon, K point,\nL line, C circle"));
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> new RegionCell());
        // Only a click is the user's choice: the list also drops its selection whenever its rows are replaced.
        list.setOnMouseClicked(e -> {
            labels.select(Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(RegionRow::id).orElse(0L));
            refocus.run();
        });
        model.selectedProperty().addListener((o, a, b) -> follow());
        labels.regions().addListener((ListChangeListener<RegionRow>) c -> follow());
        model.classes().addListener((ListChangeListener<ClassUsage>) c -> follow());

        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(Bindings.size(labels.regions()).asString("Regions (%d)"));
        root = new VBox(6, heading, list, editRow(refocus));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        follow();
    }

    Node node() {
        return root;
    }

    private Node editRow(Runnable refocus) {
        classBox.setId("label-region-class");
        classBox.setItems(classes);
        classBox.setFocusTraversable(false);
        classBox.setPromptText("Class");
        // A cell of its own: the stock one shows no prompt again once the value has been cleared.
        classBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(LabelClass item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "Class" : item.name());
            }
        });
        classBox.setMaxWidth(Double.MAX_VALUE);
        classBox.setTooltip(new Tooltip("The selected region's class (keys 1-9 change it too)"));
        classBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(LabelClass c) {
                return c == null ? "" : c.name();
            }

            @Override
            public LabelClass fromString(String s) {
                throw new UnsupportedOperationException("a class is chosen, not typed");
            }
        });
        classBox.setOnAction(e -> {
            LabelClass chosen = classBox.getValue();
            RegionRow row = list.getSelectionModel().getSelectedItem();
            if (!following && chosen != null && row != null) {
                labels.reclass(row.id(), chosen);
                refocus.run();
            }
        });
        Button delete = new Button("", Icons.of(Material2AL.DELETE));
        delete.setId("label-region-delete");
        delete.setFocusTraversable(false);
        delete.setTooltip(new Tooltip("Delete the selected region (Delete; Ctrl+Z brings it back)"));
        delete.setOnAction(e -> {
            Optional.ofNullable(list.getSelectionModel().getSelectedItem()).ifPresent(row -> labels.delete(row.id()));
            refocus.run();
        });
        classBox.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        HBox.setHgrow(classBox, Priority.ALWAYS);
        HBox row = new HBox(4, classBox, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The row of the selected region selected, the class box showing its class; none when no region is selected. */
    private void follow() {
        following = true;
        try {
            classes.setAll(model.classes().stream().map(ClassUsage::labelClass).toList());
            long selected = model.selectedProperty().get();
            Optional<RegionRow> row = labels.regions().stream().filter(r -> r.id() == selected).findFirst();
            if (row.isPresent()) {
                list.getSelectionModel().select(row.get());
                list.scrollTo(row.get());
            } else {
                list.getSelectionModel().clearSelection();
            }
            classBox.setValue(row.flatMap(r -> classes.stream().filter(c -> c.id() == r.labelClass().id()).findFirst())
                    .orElse(null));
        } finally {
            following = false;
        }
    }

    /** A region row: class swatch and name, kind and size. */
    private static final class RegionCell extends ListCell<RegionRow> {
        @Override
        protected void updateItem(RegionRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Rectangle swatch = new Rectangle(12, 12, Color.web(item.labelClass().color()));
            Label name = new Label(item.labelClass().name());
            name.setMinWidth(0);
            Label detail = new Label(item.kind() + ", " + item.size());
            detail.getStyleClass().add("text-muted");
            detail.setMinWidth(0);
            HBox row = new HBox(6, swatch, name, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setTooltip(new Tooltip(item.text()));
        }
    }
}
