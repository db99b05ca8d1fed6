package org.whiskerstudio.ui.training;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Icons;

/** The run history: tick runs to overlay their loss per epoch, resume a stopped run, delete one (after asking). */
final class HistoryPanel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final TrainingViewModel model;
    private final VBox box;

    HistoryPanel(TrainingViewModel model) {
        this.model = model;
        ListView<TrainingRun> list = new ListView<>(model.history().runs());
        list.setId("training-history");
        list.setPlaceholder(new Label("No runs yet."));
        list.setCellFactory(l -> new RunCell());
        // Ticks and the active run decide what a row shows; redraw rows when they change.
        model.history().compared().addListener((ListChangeListener<Long>) c -> list.refresh());
        model.activeProperty().addListener((o, a, b) -> list.refresh());

        LineChart<Number, Number> compare = Charts.lineChart("training-compare", "Compare runs", "Epoch", "Loss");
        compare.setPrefHeight(260);
        model.history().curves().addListener((ListChangeListener<RunHistory.RunCurve>) c -> {
            compare.getData().setAll(model.history().curves().stream().map(curve -> {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(curve.name() + (curve.validation() ? "" : " (train)"));
                s.getData().setAll(Charts.toData(curve.points()));
                return s;
            }).toList());
        });
        Label heading = new Label("Runs");
        heading.getStyleClass().add("title-4");
        Label hint = new Label("Tick runs to compare their validation loss.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        box = new VBox(6, heading, hint, list, compare);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.setPrefWidth(340);
        box.setMinWidth(260);
    }

    Node node() {
        return box;
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isBlank());
        label.setManaged(!text.isBlank());
    }

    private void confirmDelete(TrainingRun run) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Its checkpoints and metrics are removed from the project "
                + "folder. This cannot be undone.", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(box.getScene().getWindow());
        alert.setTitle("Delete run");
        alert.setHeaderText("Delete the run \"" + run.name() + "\"?");
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.deleteRun(run.id()));
    }

    private final class RunCell extends ListCell<TrainingRun> {
        private final CheckBox compare = new CheckBox();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label best = new Label();
        private final Label message = new Label();
        private final Button resume = new Button("", Icons.of(Material2MZ.PLAY_ARROW));
        private final Button delete = new Button("", Icons.of(Material2AL.DELETE));
        private final Button reuse = new Button("", Icons.of(Material2AL.CONTENT_COPY));
        private final HBox row;
        private final VBox text;

        RunCell() {
            name.getStyleClass().add("run-name");
            detail.getStyleClass().add("text-muted");
            best.getStyleClass().add("text-muted");
            message.getStyleClass().add("text-muted");
            resume.setTooltip(new Tooltip("Resume from the last checkpoint"));
            delete.setTooltip(new Tooltip("Delete this run and its files"));
            reuse.setTooltip(new Tooltip("Put this run's settings in the form, to repeat it or change one thing"));
            reuse.getStyleClass().add("flat");
            reuse.setOnAction(e -> {
                if (getItem() != null) {
                    model.useSettingsOf(getItem().id());
                }
            });
            resume.getStyleClass().add("flat");
            delete.getStyleClass().add("flat");
            compare.setTooltip(new Tooltip("Overlay this run's loss on the compare chart"));
            compare.setOnAction(e -> {
                if (getItem() != null) {
                    model.history().setCompared(getItem().id(), compare.isSelected());
                }
            });
            resume.setOnAction(e -> {
                if (getItem() != null) {
                    model.resumeRun(getItem().id());
                }
            });
            delete.setOnAction(e -> {
                if (getItem() != null) {
                    confirmDelete(getItem());
                }
            });
            text = new VBox(2, name, detail, best, message);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            Region gap = new Region();
            row = new HBox(6, compare, text, gap, resume, reuse, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TrainingRun run, boolean empty) {
            super.updateItem(run, empty);
            if (empty || run == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            compare.setSelected(model.history().isCompared(run.id()));
            compare.setId("compare-run-" + run.id());
            name.setText(run.name() + " · " + run.architectureName() + " · " + WHEN.format(run.createdAt()));
            detail.setText(RunHistory.summary(run));
            show(best, RunHistory.best(run));
            show(message, run.message());
            Tooltip tip = new Tooltip(String.join("\n", java.util.stream.Stream.of(name.getText(), detail.getText(),
                    best.getText(), message.getText()).filter(t -> !t.isBlank()).toList()));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            text.getChildren().forEach(n -> ((Label) n).setTooltip(tip));
            resume.setVisible(run.canResume());
            resume.setManaged(run.canResume());
            resume.setDisable(model.activeProperty().get());
            resume.setId("resume-run-" + run.id());
            delete.setId("delete-run-" + run.id());
            reuse.setId("reuse-run-" + run.id());
            reuse.setDisable(model.activeProperty().get());
            delete.setDisable(run.status().isActive() && model.activeProperty().get());
            setText(null);
            setGraphic(row);
        }
    }
}
