package org.whiskerstudio.ui.library;

import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.imports.ThumbnailCache;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.ui.common.Dialogs;
import org.whiskerstudio.ui.common.ThumbnailGridCell;
import org.whiskerstudio.ui.common.ThumbnailLoader;

/** One image in the grid: thumbnail, file name, and its classes. Loads the thumbnail lazily. */
final class ThumbnailCell extends ThumbnailGridCell<ImageAsset> {
    static final double SIZE = 150;
    private static final int CACHED_THUMBNAILS = 800;
    private final ThumbnailLoader<ImageAsset> thumbnails;
    private final LibraryViewModel model;
    private final Label name = new Label();
    private final Label classes = new Label();
    private final Label synthetic = new Label("synthetic");
    private final Tooltip tooltip = new Tooltip();
    private final VBox box;

    ThumbnailCell(ThumbnailLoader<ImageAsset> thumbnails, LibraryViewModel model) {
        this.thumbnails = thumbnails;
        this.model = model;
        getStyleClass().add("thumbnail-cell");
        imageView().setFitWidth(SIZE - 12);
        imageView().setFitHeight(SIZE - 46);
        imageView().setPreserveRatio(true);
        imageView().setSmooth(true);
        StackPane frame = new StackPane(imageView());
        frame.setMinSize(SIZE - 12, SIZE - 46);
        frame.setPrefSize(SIZE - 12, SIZE - 46);
        frame.getStyleClass().add("thumbnail-frame");
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        name.setMaxWidth(SIZE - 12);
        name.getStyleClass().add("thumbnail-name");
        classes.setMaxWidth(SIZE - 12);
        classes.getStyleClass().add("thumbnail-classes");
        synthetic.getStyleClass().add("synthetic-badge");
        synthetic.setMouseTransparent(true);
        StackPane.setAlignment(synthetic, Pos.TOP_LEFT);
        frame.getChildren().add(synthetic);
        box = new VBox(2, frame, name, classes);
        box.setAlignment(Pos.TOP_CENTER);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                model.openImage(getItem());
            }
        });
        MenuItem open = new MenuItem("Open in Label");
        open.setOnAction(e -> Optional.ofNullable(getItem()).ifPresent(model::openImage));
        MenuItem remove = new MenuItem("Remove from project...");
        remove.setOnAction(e -> Optional.ofNullable(getItem()).ifPresent(this::confirmRemove));
        setContextMenu(new ContextMenu(open, remove));
    }

    /**
     * Grid thumbnails, loaded from the project's disk cache, which is refilled from the stored image when missing;
     * cached by content hash.
     */
    static ThumbnailLoader<ImageAsset> thumbnails(TaskExecutor executor, ThumbnailCache cache) {
        return new ThumbnailLoader<>(executor, CACHED_THUMBNAILS, ImageAsset::sha256,
                asset -> new Image(cache.thumbnailOf(asset).toUri().toString()));
    }

    @Override
    protected void show(ImageAsset item) {
        name.setText(item.fileName());
        synthetic.setVisible(model.isSynthetic(item.id()));
        String classNames = item.classIds().stream()
                .map(id -> model.labelClass(id).map(LabelClass::name).orElse("?"))
                .collect(Collectors.joining(", "));
        classes.setText(classNames.isEmpty() ? "unlabelled" : classNames);
        classes.getStyleClass().setAll("thumbnail-classes", classNames.isEmpty() ? "unlabelled" : "labelled");
        tooltip.setText("Double-click to label it\n" + item.fileName() + "\n" + item.width() + " x " + item.height() + " " + item.format().toUpperCase()
                + ", " + item.sizeBytes() / 1024 + " KB" + (classNames.isEmpty() ? "" : "\n" + classNames));
        setTooltip(tooltip);
        setGraphic(box);
        loadThumbnail(thumbnails, item, item, classes::setText);
    }

    private void confirmRemove(ImageAsset item) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Its labels and regions go with it. The copy the project "
                + "stored is deleted; a file linked in place stays where it is. This cannot be undone.",
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Remove " + MediaKind.of(item.format()).singular());
        ask.setHeaderText("Remove " + item.fileName() + " from the project?");
        Dialogs.closeAfterEnter(ask);
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.remove(item));
    }

    /** For tests: whether this cell shows a loaded thumbnail. */
    boolean hasThumbnail() {
        return imageView().getImage() != null && !imageView().getImage().isError();
    }
}
