package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.whiskerstudio.ui.common.ThumbnailGridCell;
import org.whiskerstudio.ui.common.ThumbnailLoader;

/**
 * One example of the anomaly gallery: its thumbnail (a series' or text's as the Data list draws it), rank and score,
 * and class; an example the threshold calls an anomaly is framed. A click opens it in Label.
 */
final class AnomalyCell extends ThumbnailGridCell<AnomalyItem> {
    private final ThumbnailLoader<Path> thumbnails;
    private final Label score = new Label();
    private final Label className = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final VBox box;

    AnomalyCell(ThumbnailLoader<Path> thumbnails, Consumer<AnomalyItem> open) {
        this.thumbnails = thumbnails;
        getStyleClass().addAll("thumbnail-cell", "anomaly-cell");
        imageView().setFitWidth(GalleryCell.THUMBNAIL_SIZE);
        imageView().setFitHeight(GalleryCell.THUMBNAIL_SIZE - 20);
        imageView().setPreserveRatio(true);
        StackPane frame = new StackPane(imageView());
        frame.setPrefSize(GalleryCell.WIDTH - 10, GalleryCell.THUMBNAIL_SIZE - 20);
        frame.getStyleClass().add("thumbnail-frame");
        score.getStyleClass().add("gallery-predicted");
        className.getStyleClass().add("gallery-true");
        score.setMaxWidth(GalleryCell.WIDTH - 10);
        className.setMaxWidth(GalleryCell.WIDTH - 10);
        box = new VBox(2, frame, score, className);
        box.setAlignment(Pos.TOP_CENTER);
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                open.accept(getItem());
            }
        });
    }

    @Override
    protected void show(AnomalyItem item) {
        score.setText(item.scoreText());
        className.setText(item.classText());
        getStyleClass().remove("flagged");
        if (item.flagged()) {
            getStyleClass().add("flagged");
        }
        tooltip.setText((item.flagged() ? "Above the threshold: called an anomaly" : "At or below the threshold")
                + "\n" + item.classText() + ", example " + item.example().imageId() + "\nClick to open it in Label");
        setTooltip(tooltip);
        setGraphic(box);
        item.file().ifPresent(f -> loadThumbnail(thumbnails, f, item, reason -> { }));
    }
}
