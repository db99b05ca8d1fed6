package org.whiskerstudio.ui.training;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Icons;

/**
 * The run history: the run that is going on top, then the past ones, each in two lines (name and status; epochs,
 * best validation accuracy and time) with its message below and everything in a tooltip. Tick runs to overlay their
 * loss per epoch, resume a stopped run (Enter), delete one after asking (Delete).
 */
final class HistoryPanel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final TrainingViewModel model;
    private final ListView<TrainingRun> list;
    private final VBox box;

    HistoryPanel(TrainingViewModel model) {
        this.model = model;
        list = new ListView<>(model.history().runs());
        list.setId("training-history");
        Label none = new Label("No runs yet. Press Start: the run shows here as it trains.");
        none.setWrapText(true);
        none.getStyleClass().add("text-muted");
        list.setPlaceholder(none);
        list.setCellFactory(l -> new RunCell());
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // Ticks and the active run decide what a row shows; redraw rows when they change.
        model.history().compared().addListener((ListChangeListener<Long>) c -> list.refresh());
        model.activeProperty().addListener((o, a, b) -> list.refresh());
        // Training events can be seconds apart (the engine starting, a long epoch): the clock ticks on its own.
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        model.activeProperty().addListener((o, was, now) -> {
            if (now) {
                clock.play();
            } else {
                clock.stop();
            }
        });

        LineChart<Number, Number> compare = Charts.lineChart("training-compare", "Compare runs", "Epoch", "Loss");
        SimpleIntegerProperty lastEpoch = new SimpleIntegerProperty();
        Charts.epochAxis((NumberAxis) compare.getXAxis(), lastEpoch);
        model.history().curves().addListener((ListChangeListener<RunHistory.RunCurve>) c -> {
            lastEpoch.set(model.history().curves().stream().flatMap(curve -> curve.points().stream())
                    .mapToInt(p -> (int) Math.ceil(p.x())).max().orElse(0));
            compare.getData().setAll(model.history().curves().stream().map(curve -> {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(curve.name() + (curve.validation() ? "" : " (train)"));
                s.getData().setAll(Charts.toData(curve.points()));
                return s;
            }).toList());
        });
        Node compareBox = Charts.withPlaceholder(compare, Bindings.createStringBinding(() -> model.history().runs().isEmpty()
                        ? "Finished runs can be compared here." : "Tick runs above to compare their loss per epoch.",
                model.history().runs()), Bindings.isEmpty(model.history().curves()));
        ((Region) compareBox).setPrefHeight(260);
        Label heading = new Label("Runs");
        heading.getStyleClass().add("title-4");
        Label hint = new Label("Tick runs to compare their validation loss. Enter resumes a stopped run, Delete removes one.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        box = new VBox(6, heading, hint, list, compareBox);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        box.setPrefWidth(380);
        box.setMinWidth(220);
    }

    Node node() {
        return box;
    }

    /** Delete asks before deleting the selected run; Enter resumes it when it can go on. */
    private void onKey(KeyEvent e) {
        TrainingRun run = list.getSelectionModel().getSelectedItem();
        if (run == null || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            if (!isGoing(run)) {
                confirmDelete(run);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && run.canResume() && !model.activeProperty().get()) {
            model.resumeRun(run.id());
            e.consume();
        }
    }

    /** The run is the one training now (its row says Running or Paused while the screen runs it). */
    private boolean isGoing(TrainingRun run) {
        return run.status().isActive() && model.activeProperty().get();
    }

    private void confirmDelete(TrainingRun run) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Its checkpoints and metrics are removed from the project "
                + "folder. This cannot be undone.", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(box.getScene().getWindow());
        alert.setTitle("Delete run");
        alert.setHeaderText("Delete the run \"" + run.name() + "\"?");
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.deleteRun(run.id()));
        list.requestFocus();
    }

    private static Optional<String> statusStyle(RunStatus s) {
        return Optional.ofNullable(switch (s) {
            case RUNNING, PAUSED -> "accent";
            case COMPLETED, EARLY_STOPPED -> "success";
            case STOPPED, INTERRUPTED -> "warning";
            case DIVERGED, FAILED -> "danger";
        });
    }

    private final class RunCell extends ListCell<TrainingRun> {
        private final CheckBox compare = new CheckBox();
        private final Label name = new Label();
        private final Label status = new Label();
        private final Label facts = new Label();
        private final Label message = new Label();
        private final Button resume = new Button("", Icons.of(Material2MZ.PLAY_ARROW));
        private final Button delete = new Button("", Icons.of(Material2AL.DELETE));
        private final Button reuse = new Button("", Icons.of(Material2AL.CONTENT_COPY));
        private final Button generate = new Button("", Icons.of(Material2AL.BRUSH));
        private final Tooltip tip = new Tooltip();
        private final HBox row;

        RunCell() {
            name.getStyleClass().add("run-name");
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            status.getStyleClass().add("run-status");
            status.setMinWidth(Region.USE_PREF_SIZE);
            facts.getStyleClass().add("run-facts");
            facts.setMinWidth(0);
            facts.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(facts, Priority.ALWAYS);
            message.getStyleClass().addAll("text-muted", "run-message");
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            resume.setTooltip(new Tooltip("Resume from the last checkpoint (Enter)"));
            delete.setTooltip(new Tooltip("Delete this run and its files (Delete)"));
            reuse.setTooltip(new Tooltip("Put this run's settings in the form, to repeat it or change one thing"));
            generate.setTooltip(new Tooltip("Make images with this GAN run's generator"));
            generate.setOnAction(e -> {
                if (getItem() != null) {
                    model.generateWith(getItem());
                }
            });
            for (Button b : new Button[] {resume, generate, reuse, delete}) {
                b.getStyleClass().addAll("flat", "button-icon", "small");
                b.setFocusTraversable(false);
            }
            reuse.setOnAction(e -> {
                if (getItem() != null) {
                    model.useSettingsOf(getItem().id());
                }
            });
            compare.setTooltip(new Tooltip("Overlay this run's loss on the compare chart"));
            compare.setFocusTraversable(false);
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
            HBox top = new HBox(6, name, status);
            top.setAlignment(Pos.CENTER_LEFT);
            HBox second = new HBox(2, facts, resume, generate, reuse, delete);
            second.setAlignment(Pos.CENTER_LEFT);
            VBox text = new VBox(1, top, second, message);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(6, compare, text);
            row.setAlignment(Pos.TOP_LEFT);
            compare.setPadding(new Insets(2, 0, 0, 0));
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setShowDuration(Duration.seconds(30));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // The list never scrolls sideways: a row is as wide as the list and its text wraps or ellipsises.
            setPrefWidth(0);
        }

        /** As tall as the row needs at the width it gets, so the wrapped message is shown whole. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || width <= 0) {
                return super.computePrefHeight(width);
            }
            Insets in = getInsets();
            return in.getTop() + row.prefHeight(width - in.getLeft() - in.getRight()) + in.getBottom();
        }

        @Override
        protected void updateItem(TrainingRun run, boolean empty) {
            super.updateItem(run, empty);
            if (empty || run == null) {
                facts.textProperty().unbind();
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            compare.setSelected(model.history().isCompared(run.id()));
            compare.setId("compare-run-" + run.id());
            name.setText(run.name());
            status.setText(run.status().label());
            status.getStyleClass().removeAll("accent", "success", "warning", "danger");
            statusStyle(run.status()).ifPresent(status.getStyleClass()::add);
            facts.textProperty().unbind();
            if (isGoing(run)) {
                // The going run's time comes from the run's clock, not from the row recorded at the last epoch.
                facts.textProperty().bind(Bindings.createStringBinding(() -> model.history().factsOf(run,
                        model.runMillisProperty().get(), model.agent().latestProperty().get()),
                        model.runMillisProperty(), model.agent().latestProperty()));
            } else {
                facts.setText(model.history().factsOf(run));
            }
            message.setText(run.message());
            message.setVisible(!run.message().isBlank());
            message.setManaged(!run.message().isBlank());
            tip.setText(model.history().detailsWithStart(run, WHEN.format(run.createdAt())));
            setTooltip(tip);
            resume.setVisible(run.canResume());
            resume.setManaged(run.canResume());
            resume.setDisable(model.activeProperty().get());
            resume.setId("resume-run-" + run.id());
            boolean gan = run.kind() == ModelKind.GAN && !isGoing(run);
            generate.setVisible(gan);
            generate.setManaged(gan);
            generate.setId("generate-run-" + run.id());
            delete.setId("delete-run-" + run.id());
            reuse.setId("reuse-run-" + run.id());
            reuse.setDisable(model.activeProperty().get());
            delete.setDisable(isGoing(run));
            setText(null);
            setGraphic(row);
        }
    }
}
