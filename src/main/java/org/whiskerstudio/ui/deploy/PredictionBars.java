package org.whiskerstudio.ui.deploy;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.whiskerstudio.deploy.ClassScore;

/**
 * The top classes of one image as labelled bars: "CAT [==========] 0.95", and the time taken; an anomaly model's
 * score and verdict instead of bars.
 */
final class PredictionBars {
    private final GridPane grid = new GridPane();
    private final Label time = new Label();
    private final VBox root = new VBox(10, grid, time);

    PredictionBars() {
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(90);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(name, bar, new ColumnConstraints());
        time.setId("deploy-time");
        time.getStyleClass().add("text-muted");
        root.setPadding(new Insets(8, 0, 0, 0));
        root.setId("deploy-bars");
    }

    Node node() {
        return root;
    }

    void show(ResultRow row) {
        grid.getChildren().clear();
        if (row == null) {
            time.setText("");
            return;
        }
        if (row.prediction().isEmpty()) {
            Label error = new Label(row.error());
            error.getStyleClass().add("danger");
            error.setWrapText(true);
            grid.add(error, 0, 0, 3, 1);
            time.setText("");
            return;
        }
        row.prediction().get().anomaly().ifPresent(v -> {
            // An autoencoder's answer is one score and its verdict, not classes.
            Label verdict = new Label(v.sentence());
            verdict.getStyleClass().add(v.anomaly() ? "danger" : "deploy-top-class");
            verdict.setId("deploy-anomaly");
            verdict.setWrapText(true);
            grid.add(verdict, 0, 0, 3, 1);
        });
        int r = 0;
        for (ClassScore c : row.prediction().get().top()) {
            Label name = new Label(c.name());
            name.getStyleClass().add(r == 0 ? "deploy-top-class" : "deploy-class");
            ProgressBar bar = new ProgressBar(c.probability());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add("deploy-bar");
            Label value = new Label(String.format(Locale.ROOT, "%.2f", c.probability()));
            value.getStyleClass().add("deploy-probability");
            grid.addRow(r++, name, bar, value);
        }
        time.setText(String.format(Locale.ROOT, "%.1f ms (decode, preprocess and forward pass)",
                row.prediction().get().millis()));
    }
}
