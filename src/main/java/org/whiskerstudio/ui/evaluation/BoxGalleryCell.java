package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.ui.common.ThumbnailGridCell;
import org.whiskerstudio.ui.common.ThumbnailLoader;
import org.whiskerstudio.ui.detection.BoxPainter;

/** One image of a detection gallery: the picture with its boxes drawn on it, what went wrong, and a click to Label. */
final class BoxGalleryCell extends ThumbnailGridCell<BoxGalleryItem> {
    static final double SIZE = 200;
    private static final double PICTURE = SIZE - 10;
    private static final int CACHED = 300;
    private final ThumbnailLoader<Path> thumbnails;
    private final Supplier<List<String>> classes;
    private final Canvas boxes = new Canvas(PICTURE, PICTURE);
    private final Label caption = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final BoxPainter painter = new BoxPainter(10);
    private final VBox box;

    BoxGalleryCell(ThumbnailLoader<Path> thumbnails, Supplier<List<String>> classes, Consumer<BoxGalleryItem> open) {
        this.thumbnails = thumbnails;
        this.classes = classes;
        getStyleClass().addAll("thumbnail-cell", "gallery-cell", "box-gallery-cell");
        imageView().setFitWidth(PICTURE);
        imageView().setFitHeight(PICTURE);
        imageView().setPreserveRatio(true);
        boxes.setMouseTransparent(true);
        StackPane frame = new StackPane(imageView(), boxes);
        frame.setPrefSize(PICTURE, PICTURE);
        frame.getStyleClass().add("thumbnail-frame");
        caption.getStyleClass().add("gallery-predicted");
        caption.setMaxWidth(PICTURE);
        box = new VBox(2, frame, caption);
        box.setAlignment(Pos.TOP_CENTER);
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                open.accept(getItem());
            }
        });
    }

    /** Thumbnails large enough for a box's caption to read, decoded from the stored files. */
    static ThumbnailLoader<Path> thumbnails(TaskExecutor executor) {
        return new ThumbnailLoader<>(executor, CACHED, file -> file,
                file -> new Image(file.toUri().toString(), 2 * PICTURE, 2 * PICTURE, true, true));
    }

    @Override
    protected void show(BoxGalleryItem item) {
        caption.setText(item.caption());
        tooltip.setText(item.caption() + "\nimage " + item.imageId()
                + item.file().map(f -> "  " + f.getFileName()).orElse("") + "\nClick to open it on the Label screen");
        setTooltip(tooltip);
        setGraphic(box);
        var g = boxes.getGraphicsContext2D();
        g.clearRect(0, 0, PICTURE, PICTURE);
        painter.paint(g, BoxPainter.Frame.fitted(item.width(), item.height(), PICTURE, PICTURE), classes.get(),
                item.truths(), item.detections());
        item.file().ifPresent(f -> loadThumbnail(thumbnails, f, item, reason -> { }));
    }
}
