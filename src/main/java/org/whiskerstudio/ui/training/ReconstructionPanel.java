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
import org.whiskerstudio.training.ReconstructionSamples;
import org.whiskerstudio.ui.common.SampleGrid;

/**
 * An image autoencoder's live view under its loss: the same few validation images (top row) over its reconstructions
 * of them (bottom row), refreshed after each epoch. Hidden until a run sends its first grid, so other models never
 * show it.
 */
final class ReconstructionPanel {
    /** Small images are drawn larger, so a 28-pixel image is not a smudge. */
    static final double ROW_HEIGHT = 72;
    private final VBox root = new VBox(4);
    private final ImageView grid = new ImageView();

    ReconstructionPanel(ReadOnlyObjectProperty<Optional<ReconstructionSamples>> samples) {
        Label heading = new Label("Inputs (top) and reconstructions");
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
        samples.addListener((o, before, now) -> {
            caption.setText(now.map(s -> "after epoch " + s.epoch())
                    .orElse(""));
            grid.setImage(now.map(ReconstructionPanel::image).orElse(null));
        });
        root.getChildren().addAll(top, grid);
        root.setId("reconstruction-panel");
        var shown = Bindings.createBooleanBinding(() -> samples.get().isPresent(), samples);
        root.visibleProperty().bind(shown);
        root.managedProperty().bind(shown);
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
