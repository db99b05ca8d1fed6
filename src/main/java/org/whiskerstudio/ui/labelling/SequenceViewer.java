package org.whiskerstudio.ui.labelling;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.project.sequences.Series;
import org.whiskerstudio.project.sequences.TextExample;
import org.whiskerstudio.ui.common.SequenceColours;

/**
 * Shows the current example when it is not an image: a series as a line plot with a legend, a text read-only
 * (wrapped, scrollable, optionally monospace). The example's classes are shown above; tagging stays with the keys.
 */
final class SequenceViewer {
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label labels = new Label();
    private final SeriesPlot plot = new SeriesPlot();
    private final FlowPane legend = new FlowPane(14, 4);
    private final BorderPane seriesPane = new BorderPane();
    private final TextArea text = new TextArea();
    private final CheckBox monospace = new CheckBox("Monospace");
    private final BorderPane textPane = new BorderPane();
    private final Label error = new Label();

    SequenceViewer() {
        root.setId("sequence-viewer");
        root.getStyleClass().add("sequence-viewer");
        title.getStyleClass().add("title-4");
        labels.setId("sequence-labels");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        monospace.setFocusTraversable(false);
        monospace.visibleProperty().bind(textPane.visibleProperty());
        monospace.selectedProperty().addListener((o, a, on) -> text.setFont(on ? Font.font("Monospaced", 13) : Font.getDefault()));
        HBox header = new HBox(12, title, labels, spacer, monospace);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 4, 12));
        plot.setId("series-plot");
        legend.setId("series-legend");
        legend.setPadding(new Insets(4, 12, 8, 12));
        Label hint = new Label("Wheel: zoom in time; double click: all steps. Each line has its own scale.");
        hint.getStyleClass().add("text-muted");
        hint.setPadding(new Insets(0, 12, 8, 12));
        seriesPane.setCenter(plot);
        seriesPane.setBottom(new VBox(legend, hint));
        text.setId("text-view");
        text.setEditable(false);
        text.setWrapText(true);
        // Keys 1-9, A/D and the rest belong to labelling: clicking into the text must not take them.
        text.setFocusTraversable(false);
        textPane.setCenter(text);
        BorderPane.setMargin(text, new Insets(4, 12, 12, 12));
        error.getStyleClass().add("warning");
        error.setWrapText(true);
        // Focusable, so the labelling keys reach the Label screen while a series or text is shown.
        root.setFocusTraversable(true);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> root.requestFocus());
        root.setTop(header);
        root.setCenter(new StackPane(seriesPane, textPane, error));
    }

    Node node() {
        return root;
    }

    /** Shows a stored series or text; {@code classNames} are its classes, empty when unlabelled. */
    void show(String name, String format, Path stored, List<String> classNames) {
        title.setText(name);
        showLabels(classNames);
        MediaKind kind = MediaKind.of(format);
        seriesPane.setVisible(false);
        textPane.setVisible(false);
        error.setVisible(false);
        try {
            if (kind == MediaKind.SERIES) {
                Series series = Series.read(stored);
                plot.show(series);
                fillLegend(series);
                seriesPane.setVisible(true);
            } else {
                text.setText(TextExample.read(stored));
                text.positionCaret(0);
                text.setScrollTop(0);
                textPane.setVisible(true);
            }
        } catch (SequenceUnreadable e) {
            error.setText("Cannot show this example: " + e.getMessage());
            error.setVisible(true);
        }
    }

    void showLabels(List<String> classNames) {
        labels.setText(classNames.isEmpty() ? "unlabelled (press 1-9 to tag)" : "Label: " + String.join(", ", classNames));
        labels.getStyleClass().setAll("label", classNames.isEmpty() ? "text-muted" : "accent");
    }

    private void fillLegend(Series series) {
        legend.getChildren().clear();
        for (int f = 0; f < series.featureCount(); f++) {
            float[] range = SeriesPlot.range(series.feature(f));
            Rectangle swatch = new Rectangle(14, 4, SequenceColours.of(f));
            Label entry = new Label(String.format(Locale.ROOT, "%s  %s to %s", series.features().get(f),
                    number(range[0]), number(range[1])), swatch);
            legend.getChildren().add(entry);
        }
        Label steps = new Label(series.steps() + " steps");
        steps.getStyleClass().add("text-muted");
        legend.getChildren().add(steps);
    }

    private static String number(float v) {
        return v == (long) v ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }

    void focus() {
        root.requestFocus();
    }

    boolean hasFocus() {
        return root.isFocused() || text.isFocused();
    }

    /** For tests. */
    SeriesPlot plot() {
        return plot;
    }

    TextArea textArea() {
        return text;
    }

    Label labelsLabel() {
        return labels;
    }
}
