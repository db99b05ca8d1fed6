package org.whiskerstudio.ui.training;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.whiskerstudio.training.LineReconstructions;
import org.whiskerstudio.ui.common.SequenceColours;

/**
 * A series or vector autoencoder's reconstructions as small line charts: one column per validation example, one row
 * per shown feature (a series' first few; a vector's entries in one row), each input solid in its feature's colour
 * (as on the Label screen) with the reconstruction dashed over it. A sentence above says what is drawn.
 */
final class ReconstructionLinesView {
    private final VBox root = new VBox(4);
    private final Label legend = new Label();
    private final GridPane grid = new GridPane();

    ReconstructionLinesView() {
        legend.setId("reconstruction-legend");
        legend.getStyleClass().add("text-muted");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        grid.setId("reconstruction-charts");
        grid.setHgap(4);
        grid.setVgap(4);
        root.setId("reconstruction-lines");
        root.setMinWidth(0);
        root.getChildren().addAll(legend, grid);
    }

    Node node() {
        return root;
    }

    /** Replaces the charts with {@code lines}' (after each epoch). */
    void show(LineReconstructions lines) {
        legend.setText(legend(lines));
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        boolean named = lines.along() == LineReconstructions.Along.STEPS;
        if (named) {
            ColumnConstraints names = new ColumnConstraints();
            names.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(names);
        }
        for (int i = 0; i < lines.count(); i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setMinWidth(50);
            grid.getColumnConstraints().add(column);
        }
        int offset = named ? 1 : 0;
        List<String> features = lines.features();
        for (int f = 0; f < features.size(); f++) {
            if (named) {
                Label name = new Label(features.get(f));
                name.setTextFill(SequenceColours.of(f));
                name.setMaxWidth(90);
                grid.add(name, 0, f);
            }
            for (int i = 0; i < lines.count(); i++) {
                LineReconstructions.Example e = lines.examples().get(i);
                grid.add(new LinePairPlot(e.inputs().get(f), e.outputs().get(f), lines.spreads().get(f),
                        SequenceColours.of(f)), i + offset, f);
            }
        }
    }

    /** What the charts show, in words: which examples, which features, which units, which line is which. */
    static String legend(LineReconstructions lines) {
        String lineKey = "Solid: input, dashed: reconstruction.";
        if (lines.along() == LineReconstructions.Along.ENTRIES) {
            return lines.count() + " validation " + (lines.count() == 1 ? "example" : "examples")
                    + ", one chart each: its numbers left to right, in the data's own units. " + lineKey;
        }
        int shown = lines.features().size();
        String which = shown == lines.featureCount() ? "each feature a row"
                : "the first " + shown + " of " + lines.featureCount() + " features a row each";
        return lines.count() + " validation series, one a column; " + which
                + ", over the steps, in the data's own units; a chart is at least one standard deviation of its feature tall. "
                + lineKey;
    }
}
