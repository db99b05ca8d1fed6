package org.whiskerstudio.ui.map;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.whiskerstudio.map.Clusters;
import org.whiskerstudio.map.EmbeddingSource;

/**
 * The map's two tool rows, kept short so each fits one line at 1366 px (the words that would not fit are tooltips);
 * they wrap rather than cut their words on a narrower window.
 */
final class MapToolRows {
    private MapToolRows() {
    }

    /** Source and Compute, colours (and the anomaly run), and clusters (k, Suggest k, Cluster). */
    static Node mapRow(MapViewModel model) {
        ComboBox<EmbeddingSource> source = new ComboBox<>(model.sources());
        source.setId("map-source");
        source.setPrefWidth(190);
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setButtonCell(sourceCell());
        source.setCellFactory(l -> sourceCell());
        source.setTooltip(new Tooltip("What places the examples: a cheap descriptor of each example, or a trained "
                + "run's embedding layer (better once a run exists)"));
        Button compute = new Button("Compute");
        compute.setId("map-compute");
        compute.setDefaultButton(false);
        compute.disableProperty().bind(model.busyProperty());
        compute.setOnAction(e -> model.compute());
        ComboBox<ColourBy> colour = new ComboBox<>(model.colourChoices());
        colour.setId("map-colour-by");
        colour.setPrefWidth(155);
        colour.valueProperty().bindBidirectional(model.colourByProperty());
        ComboBox<Long> scoreRun = new ComboBox<>(model.anomalyRuns());
        scoreRun.setId("map-anomaly-run");
        scoreRun.setPrefWidth(90);
        scoreRun.valueProperty().bindBidirectional(model.anomalyRunProperty());
        scoreRun.setConverter(new StringConverter<>() {
            @Override
            public String toString(Long run) {
                return run == null ? "" : "Run " + run;
            }

            @Override
            public Long fromString(String text) {
                return Long.valueOf(text.replace("Run ", "").strip());
            }
        });
        scoreRun.setTooltip(new Tooltip("The autoencoder run whose anomaly scores colour the map"));
        // One run needs no choosing (the legend names it), and the row keeps to one line.
        scoreRun.visibleProperty().bind(model.colourByProperty().isEqualTo(ColourBy.ANOMALY)
                .and(Bindings.size(model.anomalyRuns()).greaterThan(1)));
        scoreRun.managedProperty().bind(scoreRun.visibleProperty());
        Spinner<Integer> k = new Spinner<>(1, Clusters.MAX_K, model.kProperty().get());
        k.setId("map-k");
        k.setPrefWidth(60);
        k.setTooltip(new Tooltip("How many clusters (k) to find"));
        k.getValueFactory().valueProperty().addListener((o, a, b) -> model.kProperty().set(b));
        model.kProperty().addListener((o, a, b) -> k.getValueFactory().setValue(b.intValue()));
        Button suggest = new Button("Suggest k");
        suggest.setTooltip(new Tooltip("The k whose clusters are best separated (silhouette on a sample)"));
        suggest.setOnAction(e -> model.suggestK());
        Button cluster = new Button("Cluster");
        cluster.setTooltip(new Tooltip("Find k clusters (k-means) and colour the map by them"));
        cluster.setId("map-cluster");
        cluster.setOnAction(e -> model.cluster());
        noMap(model, suggest, cluster);
        return row(new Label("Map by"), source, compute, new Label("Colour by"), colour, scoreRun, new Label("k"), k,
                suggest, cluster);
    }

    /** The selection's size, labelling it, showing it in the grid, naming a cluster, and Undo. */
    static Node selectionRow(MapViewModel model) {
        Label count = new Label();
        count.setId("map-selected");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.selectionProperty().get().length
                + " selected", model.selectionProperty()));
        count.setTooltip(new Tooltip("Drag on the map to lasso examples"));
        // Editable: a project imported without labels has no class to pick yet, so a new one is typed here.
        ComboBox<String> classes = new ComboBox<>(model.classNames());
        classes.setId("map-class");
        classes.setEditable(true);
        classes.setPrefWidth(120);
        classes.setPromptText("Class");
        classes.setTooltip(new Tooltip("Pick a class or type a new one (created when the selection is labelled)"));
        Button label = new Button("Label selection");
        label.setId("map-label-selection");
        label.disableProperty().bind(classes.getEditor().textProperty().isEmpty().or(Bindings.createBooleanBinding(
                () -> model.selectionProperty().get().length == 0, model.selectionProperty())));
        label.setOnAction(e -> model.labelSelection(classes.getEditor().getText()));
        Button grid = new Button("Show in grid");
        grid.setTooltip(new Tooltip("Show the selection in the Data grid"));
        grid.setId("map-show-in-grid");
        grid.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectionProperty().get().length == 0,
                model.selectionProperty()));
        grid.setOnAction(e -> model.showSelectionInGrid());
        Spinner<Integer> which = new Spinner<>(1, Clusters.MAX_K, 1);
        which.setId("map-cluster-number");
        which.setPrefWidth(60);
        which.setTooltip(new Tooltip("The cluster to name"));
        TextField name = new TextField();
        name.setId("map-cluster-name");
        name.setPromptText("class name");
        name.setPrefColumnCount(7);
        Button nameIt = new Button("Name cluster");
        nameIt.setId("map-name-cluster");
        nameIt.setTooltip(new Tooltip("Label every member of the cluster with this class (created if new)"));
        nameIt.disableProperty().bind(name.textProperty().isEmpty().or(model.colourByProperty()
                .isNotEqualTo(ColourBy.CLUSTER)));
        nameIt.setOnAction(e -> model.nameCluster(which.getValue() - 1, name.getText()));
        Button undo = new Button("Undo");
        undo.setId("map-undo");
        undo.disableProperty().bind(model.undoTextProperty().isEmpty());
        undo.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(model.undoTextProperty().get()),
                model.undoTextProperty()));
        undo.setOnAction(e -> model.undo());
        return row(count, classes, label, grid, which, name, nameIt, undo);
    }

    private static void noMap(MapViewModel model, Node... needing) {
        for (Node n : needing) {
            n.disableProperty().bind(Bindings.createBooleanBinding(() -> model.contentsProperty().get().isEmpty(),
                    model.contentsProperty()).or(model.busyProperty()));
        }
    }

    private static ListCell<EmbeddingSource> sourceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(EmbeddingSource item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }

    private static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(6, 4, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 8, 0, 8));
        return row;
    }
}
