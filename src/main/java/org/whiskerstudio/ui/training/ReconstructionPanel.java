package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.whiskerstudio.training.LineReconstructions;
import org.whiskerstudio.training.LiveReconstructions;
import org.whiskerstudio.training.ReconstructionSamples;
import org.whiskerstudio.ui.common.SampleGrid;

/**
 * An autoencoder's live view under its loss, refreshed after each epoch: for images the same few validation images
 * (top row) over its reconstructions of them (bottom row); for series and vectors small line charts of inputs and
 * reconstructions ({@link ReconstructionLinesView}). Hidden until a run sends its first, so other models never show
 * it.
 */
final class ReconstructionPanel {
    /** Small images are drawn larger, so a 28-pixel image is not a smudge. */
    static final double ROW_HEIGHT = 72;
    private final VBox root = new VBox(4);
    private final ImageView grid = new ImageView();
    private final ReconstructionLinesView lines = new ReconstructionLinesView();

    ReconstructionPanel(ReadOnlyObjectProperty<Optional<LiveReconstructions>> samples) {
        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label caption = new Label();
        caption.setId("reconstruction-caption");
        caption.getStyleClass().add("text-muted");
        HBox top = new HBox(10, heading, caption);
        top.setAlignment(Pos.BASELINE_LEFT);
        grid.setId("reconstruction-grid");
        grid.setPreserveRatio(true);
        grid.setSmooth(false);
        grid.setFitHeight(2 * ROW_HEIGHT);
        // Never wider than the charts' column: the ratio is kept, so a narrow column gets a smaller grid.
        grid.fitWidthProperty().bind(root.widthProperty());
        root.setMinWidth(0);
        Node linesNode = lines.node();
        samples.addListener((o, before, now) -> {
            caption.setText(now.map(s -> "after epoch " + s.epoch()).orElse(""));
            Optional<ReconstructionSamples> images = now.filter(ReconstructionSamples.class::isInstance)
                    .map(ReconstructionSamples.class::cast);
            Optional<LineReconstructions> drawn = now.filter(LineReconstructions.class::isInstance)
                    .map(LineReconstructions.class::cast);
            heading.setText(images.isPresent() ? "Inputs (top) and reconstructions" : "Inputs and reconstructions");
            grid.setImage(images.map(ReconstructionPanel::image).orElse(null));
            drawn.ifPresent(lines::show);
            show(grid, images.isPresent());
            show(linesNode, drawn.isPresent());
        });
        root.getChildren().addAll(top, grid, linesNode);
        root.setId("reconstruction-panel");
        var shown = Bindings.createBooleanBinding(() -> samples.get().isPresent(), samples);
        root.visibleProperty().bind(shown);
        root.managedProperty().bind(shown);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    Node node() {
        return root;
    }

    ImageView grid() {
        return grid;
    }

    /** Inputs in the first row, their reconstructions under them. */
    static javafx.scene.image.Image image(ReconstructionSamples s) {
        List<byte[]> both = new ArrayList<>(s.inputs());
        both.addAll(s.outputs());
        return SampleGrid.of(both, s.width(), s.height(), s.channels(), s.inputs().size());
    }
}
