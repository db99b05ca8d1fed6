package org.whiskerstudio.ui.training;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.whiskerstudio.training.TextSample;

/**
 * The text a character model writes while it learns, under the charts: the latest sample with its step, the
 * earlier ones folded away below it. Hidden until a run writes its first sample, so classifiers never show it.
 */
final class GeneratedTextPanel {
    private final VBox root = new VBox(4);

    GeneratedTextPanel(LiveText text) {
        Label heading = new Label("Generated text");
        heading.getStyleClass().add("title-4");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label caption = new Label();
        caption.setId("generated-text-caption");
        caption.getStyleClass().add("text-muted");
        HBox top = new HBox(10, heading, caption);
        top.setAlignment(Pos.BASELINE_LEFT);
        TextArea latest = area("generated-text", 6);
        // The charts grow, the text keeps its rows: a sample cut to two lines cannot be read.
        latest.setMinHeight(Region.USE_PREF_SIZE);
        TextArea earlier = area("generated-text-earlier", 8);
        TitledPane earlierPane = new TitledPane("Earlier samples", earlier);
        earlierPane.setExpanded(false);
        earlierPane.setAnimated(false);
        text.latestProperty().addListener((o, before, now) -> {
            caption.setText(now.map(LiveText::caption).orElse(""));
            latest.setText(now.map(TextSample::text).orElse(""));
        });
        text.earlier().addListener((ListChangeListener<TextSample>) c -> {
            earlierPane.setText("Earlier samples (" + text.earlier().size() + ")");
            earlier.setText(text.earlier().stream().map(s -> LiveText.caption(s) + "\n" + s.text())
                    .collect(Collectors.joining("\n\n")));
        });
        root.getChildren().addAll(top, latest, earlierPane);
        root.setId("generated-text-panel");
        VBox.setVgrow(latest, Priority.SOMETIMES);
        var shown = Bindings.createBooleanBinding(() -> text.latestProperty().get().isPresent(),
                text.latestProperty());
        root.visibleProperty().bind(shown);
        root.managedProperty().bind(shown);
    }

    Node node() {
        return root;
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setStyle("-fx-font-family: monospace;");
        return area;
    }
}
