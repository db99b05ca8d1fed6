package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.whiskerstudio.ui.common.ThumbnailGridCell;
import org.whiskerstudio.ui.common.ThumbnailLoader;

/**
 * One possible label mistake in the gallery, laid out as {@link GalleryCell}: thumbnail, label, the run's class with
 * its probability, a Relabel menu (the run's class first) and Keep. A click selects it for the keys.
 */
final class MistakeCell extends ThumbnailGridCell<MistakeItem> {
    /** Wider than the gallery's cells: Relabel and Keep sit side by side. */
    static final double WIDTH = GalleryCell.WIDTH + 30;
    /** Room for the thumbnail, two lines and the buttons' row. */
    static final double HEIGHT = GalleryCell.THUMBNAIL_SIZE + 62;
    private final ThumbnailLoader<Path> thumbnails;
    private final MistakesViewModel model;
    private final Label label = new Label();
    private final Label predicted = new Label();
    private final MenuButton relabel = new MenuButton("Relabel");
    private final Button keep = new Button("Keep");
    private final Tooltip tooltip = new Tooltip();
    private final VBox box;

    MistakeCell(ThumbnailLoader<Path> thumbnails, MistakesViewModel model, Runnable focusGrid) {
        this.thumbnails = thumbnails;
        this.model = model;
        getStyleClass().addAll("thumbnail-cell", "gallery-cell", "mistake-cell");
        imageView().setFitWidth(GalleryCell.THUMBNAIL_SIZE);
        imageView().setFitHeight(GalleryCell.THUMBNAIL_SIZE - 20);
        imageView().setPreserveRatio(true);
        StackPane frame = new StackPane(imageView());
        frame.setPrefSize(WIDTH - 10, GalleryCell.THUMBNAIL_SIZE - 20);
        frame.getStyleClass().add("thumbnail-frame");
        label.getStyleClass().add("gallery-true");
        predicted.getStyleClass().addAll("gallery-predicted", "wrong");
        label.setMaxWidth(WIDTH - 10);
        predicted.setMaxWidth(WIDTH - 10);
        relabel.getStyleClass().addAll("small", "gallery-relabel");
        relabel.setOnShowing(e -> fillMenu());
        keep.getStyleClass().addAll("small", "gallery-relabel", "mistake-keep");
        keep.setTooltip(new Tooltip("The label is right: leave it off this list until it changes (K)"));
        keep.setOnAction(e -> {
            if (getItem() != null) {
                model.keep(getItem());
            }
        });
        relabel.setMinWidth(Region.USE_PREF_SIZE);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(4, relabel, keep);
        buttons.setAlignment(Pos.CENTER);
        box = new VBox(2, frame, label, predicted, buttons);
        box.setAlignment(Pos.TOP_CENTER);
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                model.selectedProperty().set(getItem());
                focusGrid.run();
            }
        });
        model.selectedProperty().addListener((o, a, b) -> showSelected());
    }

    private void fillMenu() {
        MistakeItem item = getItem();
        if (item == null) {
            relabel.getItems().clear();
            return;
        }
        var names = model.classes();
        int answer = names.indexOf(item.mistake().predicted());
        RelabelMenu.fill(relabel, names, names.indexOf(item.mistake().label()),
                answer < 0 ? OptionalInt.empty() : OptionalInt.of(answer), i -> model.relabel(item, names.get(i)));
    }

    private void showSelected() {
        boolean on = getItem() != null && getItem().equals(model.selectedProperty().get());
        getStyleClass().remove("selected");
        if (on) {
            getStyleClass().add("selected");
        }
    }

    @Override
    protected void show(MistakeItem item) {
        label.setText("label: " + item.mistake().label());
        predicted.setText(String.format(Locale.ROOT, "run: %s %.0f%%", item.mistake().predicted(),
                100 * item.mistake().probability()));
        // A placeholder item keeps the menu button's arrow; the real items are made when it opens.
        relabel.getItems().setAll(new MenuItem("..."));
        tooltip.setText(item.caption() + "\nimage " + item.mistake().imageId()
                + item.file().map(f -> "\n" + f.getFileName()).orElse(""));
        setTooltip(tooltip);
        setGraphic(box);
        showSelected();
        // A series or text has no picture: the frame stays empty and the labels say what it is, as in the gallery.
        item.file().ifPresent(f -> loadThumbnail(thumbnails, f, item, reason -> { }));
    }
}
