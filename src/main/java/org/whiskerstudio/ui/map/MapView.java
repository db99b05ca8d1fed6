package org.whiskerstudio.ui.map;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.imports.ThumbnailCache;
import org.whiskerstudio.ui.common.ProgressOverlay;
import org.whiskerstudio.ui.common.ThumbnailLoader;
import org.whiskerstudio.ui.common.UiDelay;

/**
 * The map component: two wrapping tool rows (source, colours, clusters; selection and its labelling), the canvas with
 * a hover card and a legend, a status line, and the wait overlay with Cancel while the map is computed.
 */
public final class MapView {
    private static final int THUMBNAILS = 256;
    private final MapViewModel model;
    private final TaskExecutor executor;
    private final BorderPane root = new BorderPane();
    private final MapPalette palette = new MapPalette();
    private final MapCanvas canvas = new MapCanvas(palette);
    private final VBox hover = new VBox(4);
    private final ImageView hoverImage = new ImageView();
    private final Label hoverName = new Label();
    private final Label hoverScore = new Label();
    private Optional<ProjectLayout> thumbnailsFor = Optional.empty();
    private Optional<ThumbnailLoader<ImageAsset>> thumbnails = Optional.empty();
    private int hovered = -1;

    public MapView(MapViewModel model, TaskExecutor executor) {
        this.model = model;
        this.executor = executor;
        root.setId("map-view");
        root.setTop(new VBox(4, MapToolRows.mapRow(model), MapToolRows.selectionRow(model)));
        root.setCenter(centre());
        root.setRight(new MapLegend(model).node());
        Label status = new Label();
        status.setId("map-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        root.setBottom(status);
        BorderPane.setMargin(status, new Insets(4, 8, 4, 8));
        model.contentsProperty().addListener((o, a, now) -> now.ifPresentOrElse(c -> {
            if (a.map(old -> old.map() != c.map()).orElse(true)) {
                canvas.setPoints(c.map().xs(), c.map().ys());
            }
        }, () -> canvas.setPoints(new float[0], new float[0])));
        model.colouringProperty().addListener((o, a, now) -> canvas.setCategories(now.category(),
                palette.colours(now), now.emphasised()));
        model.selectionProperty().addListener((o, a, now) -> canvas.setSelection(now));
        canvas.setOnSelect(model::select);
        canvas.setOnOpen(model::open);
        canvas.setOnHover(this::hover);
    }

    public Node node() {
        return root;
    }

    /** The canvas, for tests that aim at a point. */
    MapCanvas canvas() {
        return canvas;
    }

    private Node centre() {
        hover.setId("map-hover");
        hover.getChildren().addAll(hoverImage, hoverName, hoverScore);
        hoverScore.managedProperty().bind(hoverScore.visibleProperty());
        hover.getStyleClass().add("wait-card");
        hover.setPadding(new Insets(6));
        hover.setMouseTransparent(true);
        hover.setManaged(false);
        hover.setVisible(false);
        hoverImage.setFitWidth(96);
        hoverImage.setFitHeight(96);
        hoverImage.setPreserveRatio(true);
        Label empty = new Label("No map yet: choose what places the examples and press Compute.");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.contentsProperty().get().isEmpty(),
                model.contentsProperty()));
        empty.setMouseTransparent(true);
        ProgressOverlay overlay = new ProgressOverlay(UiDelay.fx(), model.busyProperty(), model.messageProperty(),
                model.progressProperty(), Optional.of(model::cancel));
        StackPane stack = new StackPane(canvas.node(), empty, hover, overlay.node());
        StackPane.setAlignment(hover, Pos.TOP_LEFT);
        stack.setMinSize(0, 0);
        return stack;
    }

    private void hover(int index, double x, double y) {
        if (index == hovered) {
            place(x, y);
            return;
        }
        hovered = index;
        Optional<ImageAsset> example = index < 0 ? Optional.empty() : model.example(index);
        hover.setVisible(example.isPresent());
        if (example.isEmpty()) {
            return;
        }
        ImageAsset asset = example.get();
        hoverName.setText(asset.fileName());
        Optional<String> score = model.scoreOf(index);
        hoverScore.setText(score.orElse(""));
        hoverScore.setVisible(score.isPresent());
        hover.resize(score.isPresent() ? 170 : 110, score.isPresent() ? 162 : 130);
        place(x, y);
        hoverImage.setImage(null);
        loader().ifPresent(l -> l.request(asset, () -> hovered == index, hoverImage::setImage, why -> { }));
    }

    /** Below and right of the pointer, or above or left of it where the card would leave the map. */
    private void place(double x, double y) {
        double width = canvas.node().getWidth();
        double height = canvas.node().getHeight();
        double left = x + 14 + hover.getWidth() > width ? x - 14 - hover.getWidth() : x + 14;
        double top = y + 14 + hover.getHeight() > height ? y - 14 - hover.getHeight() : y + 14;
        hover.relocate(Math.max(0, left), Math.max(0, top));
    }

    private Optional<ThumbnailLoader<ImageAsset>> loader() {
        Optional<ProjectLayout> layout = model.projectLayout();
        if (!layout.equals(thumbnailsFor)) {
            thumbnailsFor = layout;
            thumbnails = layout.map(l -> {
                ThumbnailCache cache = new ThumbnailCache(l);
                return new ThumbnailLoader<>(executor, THUMBNAILS, ImageAsset::sha256,
                        a -> new Image(cache.thumbnailOf(a).toUri().toString()));
            });
        }
        return thumbnails;
    }
}
