package org.whiskerstudio.ui.library;

import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;

/** One image in the grid: thumbnail, file name, and its classes. Loads the thumbnail lazily. */
final class ThumbnailCell extends GridCell<ImageAsset> {
    static final double SIZE = 150;
    private final ThumbnailImages thumbnails;
    private final LibraryViewModel model;
    private final ImageView view = new ImageView();
    private final Label name = new Label();
    private final Label classes = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final VBox box;
    /** The image this cell shows now; read by worker threads to drop requests for images scrolled away. */
    private volatile ImageAsset wanted;

    ThumbnailCell(ThumbnailImages thumbnails, LibraryViewModel model) {
        this.thumbnails = thumbnails;
        this.model = model;
        getStyleClass().add("thumbnail-cell");
        view.setFitWidth(SIZE - 12);
        view.setFitHeight(SIZE - 46);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        StackPane frame = new StackPane(view);
        frame.setMinSize(SIZE - 12, SIZE - 46);
        frame.setPrefSize(SIZE - 12, SIZE - 46);
        frame.getStyleClass().add("thumbnail-frame");
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        name.setMaxWidth(SIZE - 12);
        name.getStyleClass().add("thumbnail-name");
        classes.setMaxWidth(SIZE - 12);
        classes.getStyleClass().add("thumbnail-classes");
        box = new VBox(2, frame, name, classes);
        box.setAlignment(Pos.TOP_CENTER);
    }

    @Override
    protected void updateItem(ImageAsset item, boolean empty) {
        super.updateItem(item, empty);
        wanted = empty ? null : item;
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        view.setImage(null);
        name.setText(item.fileName());
        String classNames = item.classIds().stream()
                .map(id -> model.labelClass(id).map(LabelClass::name).orElse("?"))
                .collect(Collectors.joining(", "));
        classes.setText(classNames.isEmpty() ? "unlabelled" : classNames);
        classes.getStyleClass().setAll("thumbnail-classes", classNames.isEmpty() ? "unlabelled" : "labelled");
        tooltip.setText(item.fileName() + "\n" + item.width() + " x " + item.height() + " " + item.format().toUpperCase()
                + ", " + item.sizeBytes() / 1024 + " KB" + (classNames.isEmpty() ? "" : "\n" + classNames));
        setTooltip(tooltip);
        setGraphic(box);
        thumbnails.request(item, () -> item.equals(wanted), image -> {
            if (item.equals(getItem())) {
                view.setImage(image);
            }
        }, reason -> {
            if (item.equals(getItem())) {
                classes.setText(reason);
            }
        });
    }

    /** For tests: whether this cell shows a loaded thumbnail. */
    boolean hasThumbnail() {
        return view.getImage() != null && !view.getImage().isError();
    }
}
