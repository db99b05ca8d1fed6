package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.material2.Material2AL;
import org.whiskerstudio.evaluation.ConfusedPair;
import org.whiskerstudio.evaluation.ConfusionMatrix;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.ThumbnailLoader;

/** The right side of the screen: the gallery, metrics, mistakes, confused pairs, curves and the comparison. */
final class DetailTabs {
    private final EvaluationViewModel model;
    private final ThumbnailLoader<Path> thumbnails;
    private final TabPane tabs = new TabPane();
    private final Tab images = new Tab("Examples");
    private final Tab labelMistakes = new Tab("Possible label mistakes");
    private final MatrixView compareMatrix = new MatrixView("evaluation-compare-matrix");

    DetailTabs(EvaluationViewModel model, ThumbnailLoader<Path> thumbnails, Node map) {
        this.model = model;
        this.thumbnails = thumbnails;
        EvaluationResults r = model.results();
        images.setId("evaluation-images-tab");
        images.setContent(titled(r.galleryTitleProperty().get(), grid("evaluation-gallery", r.gallery()), r));
        Tab metrics = new Tab("Metrics", MetricsTable.metrics(r.metrics()));
        Tab mistakes = new Tab("Confident mistakes", titledStatic("Wrong predictions the model was surest of: often a "
                + "wrong label. Relabel them here.", grid("evaluation-mistakes", r.mistakes())));
        labelMistakes.setContent(new MistakesPane(model.mistakes(), thumbnails).node());
        labelMistakes.setId("evaluation-label-mistakes-tab");
        Tab pairs = new Tab("Confused pairs", pairs());
        Tab curves = new Tab("Curves", new CurvesPane(r).node());
        curves.setId("evaluation-curves-tab");
        curves.disableProperty().bind(Bindings.createBooleanBinding(() -> r.curvesProperty().get().isEmpty(),
                r.curvesProperty()));
        Tab compare = new Tab("Compare", compare());
        Tab mapTab = new Tab("Map", map);
        mapTab.setId("evaluation-map-tab");
        tabs.getTabs().setAll(images, metrics, mistakes, labelMistakes, pairs, curves, compare, mapTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("evaluation-tabs");
    }

    Node node() {
        return tabs;
    }

    TabPane tabs() {
        return tabs;
    }

    void showImages() {
        tabs.getSelectionModel().select(images);
    }

    /** The next step after an evaluation: the possible label mistakes of the run. */
    void showLabelMistakes() {
        tabs.getSelectionModel().select(labelMistakes);
    }

    private Node titled(String initial, Node content, EvaluationResults r) {
        Label title = new Label(initial);
        title.setId("evaluation-gallery-title");
        title.textProperty().bind(r.galleryTitleProperty());
        title.setWrapText(true);
        return column(title, content);
    }

    private Node titledStatic(String text, Node content) {
        Label title = new Label(text);
        title.setWrapText(true);
        title.getStyleClass().add("text-muted");
        return column(title, content);
    }

    private static Node column(Label title, Node content) {
        VBox box = new VBox(6, title, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private GridView<GalleryItem> grid(String id, ObservableList<GalleryItem> items) {
        GridView<GalleryItem> grid = new GridView<>(items);
        grid.setId(id);
        grid.setCellWidth(GalleryCell.WIDTH);
        grid.setCellHeight(GalleryCell.THUMBNAIL_SIZE + 52);
        grid.setHorizontalCellSpacing(4);
        grid.setVerticalCellSpacing(4);
        grid.setCellFactory(g -> new GalleryCell(thumbnails, this::classes, model.canRelabelProperty()::get,
                model::relabel));
        return grid;
    }

    private List<String> classes() {
        return model.results().evaluationProperty().get().map(Evaluation::classes).orElse(List.of());
    }

    private Node pairs() {
        ListView<ConfusedPair> list = new ListView<>(model.results().pairs());
        list.setId("evaluation-pairs");
        list.setPlaceholder(new Label("No mistakes between classes."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ConfusedPair p, boolean empty) {
                super.updateItem(p, empty);
                Optional<ConfusionMatrix> m = model.results().matrixProperty().get();
                if (empty || p == null || m.isEmpty()) {
                    setText(null);
                    return;
                }
                List<String> c = m.get().classes();
                setText(c.get(p.a()) + " \u2194 " + c.get(p.b()) + ": " + p.total() + " mistakes (" + p.aAsB() + " "
                        + c.get(p.a()) + " taken for " + c.get(p.b()) + ", " + p.bAsA() + " the other way)");
            }
        });
        list.setOnMouseClicked(e -> {
            ConfusedPair p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                model.results().selectPair(p);
                showImages();
            }
        });
        return titledStatic("Pairs of classes the model mixes up, most mistakes first. Click one to see its examples.",
                list);
    }

    private Node compare() {
        EvaluationResults other = model.compared();
        compareMatrix.setOnCell((t, p) -> { });
        other.matrixProperty().addListener((o, a, b) -> compareMatrix.show(b, Optional.empty()));
        Label summary = new Label();
        summary.textProperty().bind(Bindings.createStringBinding(() -> other.evaluationProperty().get()
                .map(e -> "B: " + e.runName() + " \u00b7 " + other.summaryProperty().get())
                .orElse("Choose run B to see it side by side with the run on top (A), on the same examples."),
                other.evaluationProperty(), other.summaryProperty()));
        summary.setWrapText(true);
        SplitPane split = new SplitPane(MetricsTable.compare(model.compareRows()), compareMatrix.node());
        split.setOrientation(Orientation.VERTICAL);
        // Compared by their classes: autoencoder runs have none.
        ComboBox<RunChoice> run = new ComboBox<>(new FilteredList<>(model.runs(), r -> !r.scoresAnomalies()));
        run.setId("evaluation-compare");
        run.setPromptText("Compare with...");
        run.valueProperty().bindBidirectional(model.compareRunProperty());
        run.setPrefWidth(240);
        Button none = new Button("", Icons.of(Material2AL.CLEAR));
        none.setTooltip(new Tooltip("Stop comparing"));
        none.disableProperty().bind(model.compareRunProperty().isNull());
        none.setOnAction(e -> model.compareRunProperty().set(null));
        HBox choose = new HBox(6, new Label("Run B"), run, none);
        choose.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, choose, summary, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }
}
