package org.whiskerstudio.ui.welcome;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.samples.BoxedPhoto;
import org.whiskerstudio.samples.SampleProjects;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.detection.BoxColours;

/**
 * A card on the welcome screen: a preview strip, a name and one line. A button underneath, so Tab reaches it and
 * Enter or Space opens it; the full description is its tooltip.
 */
final class SampleCard {
    static final double WIDTH = 212;
    private static final double STRIP_HEIGHT = 76;
    private static final int TILES = 4;
    /** Two lines of a card's small text. */
    private static final double LINE_ROOM = 34;
    private static final double TILE = (WIDTH - 24 - (TILES - 1) * 2) / TILES;
    /** A detection sample shows two pictures with their boxes, wider than the tiles so the boxes read. */
    private static final int BOXED = 2;
    private static final double BOXED_WIDTH = (WIDTH - 24 - (BOXED - 1) * 2) / BOXED;

    private SampleCard() {
    }

    /** A sample's card; its preview images load in the background. */
    static Button of(SampleProjects.Sample sample, TaskExecutor executor, Runnable open) {
        StackPane strip = strip();
        strip.getChildren().add(Icons.of(Material2MZ.PETS, 28));
        executor.submit(() -> loadPreview(sample), preview -> show(strip, preview), e -> {
            // The card still opens the sample; only its pictures are missing.
        });
        Button card = card(strip, sample.title(), sample.summary(), open);
        card.setId("sample-" + sample.id());
        card.setTooltip(tooltip(sample.description()));
        return card;
    }

    /** A low card with an icon beside its two lines instead of pictures above them (a recent project). */
    static Button of(Ikon icon, String title, String line, Runnable open) {
        Label name = new Label(title);
        name.getStyleClass().add("welcome-card-title");
        Label where = new Label(line);
        where.getStyleClass().add("welcome-card-line");
        VBox text = new VBox(2, name, where);
        text.setMinWidth(0);
        HBox body = new HBox(10, Icons.of(icon, 24), text);
        body.setAlignment(Pos.CENTER_LEFT);
        // Room on the right for the card's remove button.
        body.setPadding(new Insets(0, 18, 0, 0));
        return button(body, title, line, open);
    }

    private static Button card(Node strip, String title, String line, Runnable open) {
        Label name = new Label(title);
        name.getStyleClass().add("welcome-card-title");
        Label summary = new Label(line);
        summary.getStyleClass().add("welcome-card-line");
        // One line of meaning that may take two lines of text; every card keeps room for two so a row lines up.
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setPrefHeight(LINE_ROOM);
        summary.setAlignment(Pos.TOP_LEFT);
        VBox body = new VBox(6, strip, name, summary);
        return button(body, title, line, open);
    }

    private static Button button(Region body, String title, String line, Runnable open) {
        body.setMaxWidth(WIDTH - 16);
        body.setPrefWidth(WIDTH - 16);
        Button card = new Button(null, body);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.getStyleClass().add("welcome-card");
        card.setPrefWidth(WIDTH);
        card.setMaxWidth(WIDTH);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(title + ": " + line);
        card.setOnAction(e -> open.run());
        return card;
    }

    private static StackPane strip() {
        StackPane strip = new StackPane();
        strip.getStyleClass().add("welcome-card-strip");
        strip.setPrefHeight(STRIP_HEIGHT);
        strip.setMinHeight(STRIP_HEIGHT);
        strip.setMaxWidth(Double.MAX_VALUE);
        return strip;
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    /**
     * The preview's kind and its decoded images, and a detection sample's pictures with their boxes (on a worker
     * thread: they are read from the application's jar).
     */
    private record LoadedPreview(SampleProjects.Preview preview, List<Image> images, List<Image> boxedImages) {
    }

    private static LoadedPreview loadPreview(SampleProjects.Sample sample) throws IOException {
        SampleProjects.Preview preview = SampleProjects.preview(sample, TILES);
        List<Image> images = preview.images().stream().map(SampleCard::tile).toList();
        List<Image> boxed = preview.boxed().stream().limit(BOXED).map(p -> new Image(
                new ByteArrayInputStream(p.image()), 2 * BOXED_WIDTH, 2 * STRIP_HEIGHT, true, true)).toList();
        return new LoadedPreview(preview, images, boxed);
    }

    private static Image tile(URL url) {
        // Decoded at twice the tile's size: sharp on a 200 % screen, small in memory. Tiny images (28 px) scale up.
        return new Image(url.toExternalForm(), 2 * TILE, 2 * TILE, true, true, false);
    }

    private static void show(StackPane strip, LoadedPreview loaded) {
        if (loaded.images().isEmpty()) {
            strip.getChildren().setAll(Icons.of(switch (loaded.preview().kind()) {
                case SERIES -> Material2MZ.SHOW_CHART;
                case TEXT -> Material2AL.ARTICLE;
                case IMAGE -> Material2MZ.PETS;
            }, 34));
            return;
        }
        HBox tiles = new HBox(2);
        tiles.setAlignment(Pos.CENTER);
        if (loaded.boxedImages().isEmpty()) {
            for (Image image : loaded.images()) {
                tiles.getChildren().add(square(image));
            }
        } else {
            for (int i = 0; i < loaded.boxedImages().size(); i++) {
                tiles.getChildren().add(boxed(loaded.boxedImages().get(i), loaded.preview().boxed().get(i)));
            }
        }
        strip.getChildren().setAll(tiles);
    }

    /** The whole picture fitted into a wide tile, its boxes drawn over it at the same scale. */
    private static Pane boxed(Image image, BoxedPhoto photo) {
        double scale = Math.min(BOXED_WIDTH / photo.width(), STRIP_HEIGHT / photo.height());
        ImageView view = new ImageView(image);
        view.setFitWidth(photo.width() * scale);
        view.setFitHeight(photo.height() * scale);
        view.setSmooth(true);
        Pane picture = new Pane(view);
        for (Shape.Box box : photo.boxes()) {
            Rectangle drawn = new Rectangle(box.x1() * scale, box.y1() * scale, (box.x2() - box.x1()) * scale,
                    (box.y2() - box.y1()) * scale);
            drawn.setFill(Color.TRANSPARENT);
            // The palette's orange: it stands out on the sepia cats and on the black canvases alike.
            drawn.setStroke(BoxColours.of(1));
            drawn.setStrokeWidth(1.5);
            picture.getChildren().add(drawn);
        }
        picture.setMaxSize(photo.width() * scale, photo.height() * scale);
        picture.setPrefSize(photo.width() * scale, photo.height() * scale);
        StackPane tile = new StackPane(picture);
        tile.setPrefSize(BOXED_WIDTH, STRIP_HEIGHT);
        return tile;
    }

    /** The image's middle square, so photos of any shape make an even strip. */
    private static ImageView square(Image image) {
        ImageView view = new ImageView(image);
        double side = Math.min(image.getWidth(), image.getHeight());
        view.setViewport(new Rectangle2D((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side));
        view.setFitWidth(TILE);
        view.setFitHeight(TILE);
        view.setSmooth(true);
        return view;
    }
}
