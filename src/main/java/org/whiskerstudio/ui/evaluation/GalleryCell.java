package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.evaluation.ScoredExample;
import org.whiskerstudio.ui.common.ThumbnailGridCell;
import org.whiskerstudio.ui.common.ThumbnailLoader;

/** One image of the gallery: thumbnail, true and predicted class with confidence, and a Relabel menu. */
final class GalleryCell extends ThumbnailGridCell<GalleryItem> {
    static final double WIDTH = 150;
    static final double THUMBNAIL_SIZE = 112;
    private static final int CACHED_THUMBNAILS = 600;
    private final ThumbnailLoader<Path> thumbnails;
    private final Supplier<List<String>> classes;
    private final Supplier<Boolean> canRelabel;
    private final BiConsumer<GalleryItem, Integer> relabel;
    private final Label truth = new Label();
    private final Label predicted = new Label();
    private final MenuButton relabelButton = new MenuButton("Relabel");
    private final Tooltip tooltip = new Tooltip();
    private final VBox box;

    GalleryCell(ThumbnailLoader<Path> thumbnails, Supplier<List<String>> classes, Supplier<Boolean> canRelabel,
                BiConsumer<GalleryItem, Integer> relabel) {
        this.thumbnails = thumbnails;
        this.classes = classes;
        this.canRelabel = canRelabel;
        this.relabel = relabel;
        getStyleClass().addAll("thumbnail-cell", "gallery-cell");
        imageView().setFitWidth(THUMBNAIL_SIZE);
        imageView().setFitHeight(THUMBNAIL_SIZE - 20);
        imageView().setPreserveRatio(true);
        StackPane frame = new StackPane(imageView());
        frame.setPrefSize(WIDTH - 10, THUMBNAIL_SIZE - 20);
        frame.getStyleClass().add("thumbnail-frame");
        truth.getStyleClass().add("gallery-true");
        predicted.getStyleClass().add("gallery-predicted");
        truth.setMaxWidth(WIDTH - 10);
        predicted.setMaxWidth(WIDTH - 10);
        relabelButton.getStyleClass().addAll("small", "gallery-relabel");
        relabelButton.setOnShowing(e -> fillMenu());
        box = new VBox(2, frame, truth, predicted, relabelButton);
        box.setAlignment(Pos.TOP_CENTER);
    }

    /**
     * Gallery thumbnails decoded from the stored files at thumbnail size. Works for another project's images too,
     * which have no thumbnails in this project's cache.
     */
    static ThumbnailLoader<Path> thumbnails(TaskExecutor executor) {
        return new ThumbnailLoader<>(executor, CACHED_THUMBNAILS, file -> file,
                file -> new Image(file.toUri().toString(), THUMBNAIL_SIZE, THUMBNAIL_SIZE, true, true));
    }

    private void fillMenu() {
        GalleryItem item = getItem();
        if (item == null) {
            relabelButton.getItems().clear();
            return;
        }
        ScoredExample p = item.prediction();
        RelabelMenu.fill(relabelButton, classes.get(), p.trueIndex(),
                p.correct() ? OptionalInt.empty() : OptionalInt.of(p.predictedIndex()), i -> relabel.accept(item, i));
    }

    @Override
    protected void show(GalleryItem item) {
        truth.setText("true: " + item.trueName());
        predicted.setText(String.format(Locale.ROOT, "pred: %s %.0f%%", item.predictedName(),
                100 * item.prediction().confidence()));
        predicted.getStyleClass().removeAll("right", "wrong");
        predicted.getStyleClass().add(item.prediction().correct() ? "right" : "wrong");
        // A placeholder item keeps the menu button's arrow; the real items are made when it opens.
        relabelButton.getItems().setAll(new MenuItem("..."));
        relabelButton.setVisible(canRelabel.get());
        relabelButton.setManaged(canRelabel.get());
        tooltip.setText(item.caption() + "\nimage " + item.prediction().imageId()
                + item.file().map(f -> "\n" + f.getFileName()).orElse(""));
        setTooltip(tooltip);
        setGraphic(box);
        // A missing thumbnail just leaves the frame empty; the labels still say what the image is.
        item.file().ifPresent(f -> loadThumbnail(thumbnails, f, item, reason -> { }));
    }
}
