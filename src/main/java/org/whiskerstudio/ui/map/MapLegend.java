package org.whiskerstudio.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.whiskerstudio.map.MapColouring;

/** The legend beside the map: each colour's name and how many points have it, and the uncoloured ones. */
final class MapLegend {
    /** One line of the legend; category -1 is "none". */
    record Entry(int category, String name, int count, Color colour) {
    }

    private final VBox root = new VBox(4);
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final MapPalette palette = new MapPalette();

    MapLegend(MapViewModel model) {
        ListView<Entry> list = new ListView<>(entries);
        list.setId("map-legend");
        list.setPrefWidth(190);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(item.name() + " (" + item.count() + ")");
                setGraphic(new Rectangle(10, 10, item.colour()));
            }
        });
        Label title = new Label("Legend");
        title.getStyleClass().add("title-4");
        // The anomaly scale's range and threshold, shown while the map is coloured by score.
        Label caption = new Label();
        caption.setId("map-score-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(190);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.getStyleClass().add("text-muted");
        caption.textProperty().bind(model.scoreCaptionProperty());
        caption.visibleProperty().bind(model.scoreCaptionProperty().isNotEmpty()
                .and(model.colourByProperty().isEqualTo(ColourBy.ANOMALY)));
        caption.managedProperty().bind(caption.visibleProperty());
        root.getChildren().addAll(title, caption, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(4, 8, 4, 4));
        model.colouringProperty().addListener((o, a, now) -> show(now, model.colourByProperty().get()));
    }

    Node node() {
        return root;
    }

    private void show(MapColouring colouring, ColourBy by) {
        List<Entry> shown = new ArrayList<>();
        int[] counts = colouring.counts();
        Color[] colours = palette.colours(colouring);
        for (int c = 0; c < counts.length; c++) {
            shown.add(new Entry(c, colouring.legend().get(c), counts[c], colours[c]));
        }
        int none = colouring.category().length - Arrays.stream(counts).sum();
        if (none > 0) {
            shown.add(new Entry(-1, switch (by) {
                case LABEL -> "Unlabelled";
                case SUGGESTION -> "No suggestion";
                case CLUSTER -> "Not clustered yet";
                case ANOMALY -> "Not scored";
            }, none, palette.none()));
        }
        entries.setAll(shown);
    }
}
