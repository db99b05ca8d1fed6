package org.whiskerstudio.ui.training;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.NextStepBar;
import org.whiskerstudio.ui.common.ProgressOverlay;
import org.whiskerstudio.ui.common.UiDelay;
import org.whiskerstudio.ui.common.Screen;

/**
 * The Train screen: settings on the left, live loss and accuracy charts in the centre, Start/Pause/Stop and
 * progress on top, the run history with a compare chart on the right. Says plainly when it cannot train.
 */
public final class TrainingView implements Screen {
    /** The screen's keys, for the help panel. */
    public static final String KEYS = String.join("\n",
            "Ctrl+Enter      start a run with these settings",
            "Space / Ctrl+P  pause or resume (Space outside text fields and buttons)",
            "Esc / Ctrl+.    stop the run (it can be resumed)");
    private final TrainingViewModel model;
    private final StackPane root = new StackPane();
    private final BorderPane content = new BorderPane();

    public TrainingView(TrainingViewModel model) {
        this.model = model;
        content.setTop(new VBox(toolbar(), NextStepBar.of(model.nextStep(), "training-next-step",
                new NextStepBar.Action("Evaluate this run", "training-evaluate-run", model.nextStep()::take))));
        content.setLeft(new SettingsPanel(model).node());
        content.setCenter(chartsAndHistory());
        content.addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
        content.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        Label empty = new Label();
        empty.setId("training-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(560);
        empty.textProperty().bind(model.emptyMessageProperty());
        VBox emptyBox = new VBox(empty);
        emptyBox.setAlignment(Pos.CENTER);
        emptyBox.setPadding(new Insets(40));
        // The engine's first start takes seconds: say so over the screen, with Cancel (a stop before the first step).
        ProgressOverlay starting = new ProgressOverlay(UiDelay.fx(), model.startingProperty(),
                model.statusTextProperty(), new SimpleDoubleProperty(-1), Optional.of(model::stop));
        starting.node().setId("training-starting");
        Runnable show = () -> root.getChildren().setAll(model.emptyMessageProperty().get().isEmpty() || model.activeProperty().get()
                ? List.of(content, starting.node()) : List.of(emptyBox));
        model.emptyMessageProperty().addListener((o, a, b) -> show.run());
        model.activeProperty().addListener((o, a, b) -> show.run());
        show.run();
    }

    @Override
    public Node node() {
        return root;
    }

    /** The screen is shown: re-read architectures, labelled images and runs, which other screens change. */
    @Override
    public void activate() {
        model.refresh();
    }

    private Node toolbar() {
        Button start = new Button("Start", Icons.of(Material2MZ.PLAY_ARROW));
        start.setId("training-start");
        start.getStyleClass().add("accent");
        start.setTooltip(new Tooltip("Start a new run with these settings (Ctrl+Enter)"));
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(e -> model.start());
        Button pause = new Button();
        pause.setId("training-pause");
        pause.textProperty().bind(Bindings.when(model.pausedProperty()).then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(model.pausedProperty().get()
                ? Material2MZ.PLAY_ARROW : Material2MZ.PAUSE), model.pausedProperty()));
        pause.setTooltip(new Tooltip("Pause or resume between steps (Space or Ctrl+P)"));
        pause.disableProperty().bind(model.activeProperty().not());
        pause.setOnAction(e -> model.togglePause());
        Button stop = new Button("Stop", Icons.of(Material2MZ.STOP));
        stop.setId("training-stop");
        stop.setTooltip(new Tooltip("Stop after this step; the run keeps its last checkpoint and can be resumed (Esc)"));
        stop.disableProperty().bind(model.activeProperty().not());
        stop.setOnAction(e -> model.stop());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("training-progress");
        // A fixed width: a long status text beside it must not squeeze the bar.
        bar.setMinWidth(220);
        bar.setPrefWidth(220);
        bar.setMaxWidth(220);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> model.progressProperty().get().fraction(),
                model.progressProperty()));
        Label text = new Label();
        text.setId("training-progress-text");
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.progressProperty().get().text(),
                model.progressProperty()));
        // Not a ToolBar: the theme flattens tool bar buttons, which would hide Start's accent colour.
        HBox top = new HBox(8, start, pause, stop, bar, text);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("training-bar");
        return top;
    }

    /** Charts and history side by side; the divider moves, and the history keeps its width when the window grows. */
    private Node chartsAndHistory() {
        // A GAN architecture shows its own live view (losses, samples, health) in place of the classifier's charts.
        Node classifier = centre();
        Node ganView = new GanLivePanel(model).node();
        // An agent shows its episodes' charts and the environment playing.
        Node agentView = new AgentLivePanel(model).node();
        classifier.visibleProperty().bind(model.ganForm().ganProperty().not()
                .and(model.agentForm().agentProperty().not()));
        ganView.visibleProperty().bind(model.ganForm().ganProperty());
        agentView.visibleProperty().bind(model.agentForm().agentProperty());
        Node charts = new StackPane(classifier, ganView, agentView);
        Node history = new HistoryPanel(model).node();
        SplitPane split = new SplitPane(charts, history);
        split.setId("training-split");
        split.getStyleClass().add("training-split");
        SplitPane.setResizableWithParent(history, false);
        // Place the divider once the split has a width: the history gets its preferred width, the charts the rest.
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number before, Number width) {
                if (width.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    double historyWidth = Math.min(history.prefWidth(-1), width.doubleValue() / 2);
                    split.setDividerPositions(1 - historyWidth / width.doubleValue());
                }
            }
        });
        return split;
    }

    private Node centre() {
        LiveCharts c = model.charts();
        LineChart<Number, Number> loss = Charts.lineChart("training-loss-chart", "Loss", "Step", "Loss");
        loss.getData().addAll(List.of(Charts.series("Step loss", c.iterationLoss()),
                Charts.series("Train loss (epoch)", c.trainLoss()),
                Charts.series("Validation loss (epoch)", c.validationLoss())));
        LineChart<Number, Number> accuracy = Charts.lineChart("training-accuracy-chart", "Accuracy", "Epoch", "Accuracy (%)");
        // Accuracy reads best on a fixed 0-100 scale: a run at 40% should look unfinished, not fill the chart.
        NumberAxis percent = (NumberAxis) accuracy.getYAxis();
        percent.setAutoRanging(false);
        percent.setLowerBound(0);
        percent.setUpperBound(100);
        percent.setTickUnit(20);
        Charts.epochAxis((NumberAxis) accuracy.getXAxis(), c.lastEpochProperty());
        accuracy.getData().addAll(List.of(Charts.series("Train accuracy", c.trainAccuracy()),
                Charts.series("Validation accuracy", c.validationAccuracy())));
        Node lossBox = Charts.withPlaceholder(loss, Bindings.when(model.activeProperty())
                        .then("The loss appears with the first steps.").otherwise("Press Start to watch the loss fall."),
                Bindings.isEmpty(c.iterationLoss()).and(Bindings.isEmpty(c.trainLoss())));
        Node accuracyBox = Charts.withPlaceholder(accuracy, Bindings.when(model.activeProperty())
                        .then("Accuracy appears after the first epoch.").otherwise("Accuracy per epoch shows here."),
                Bindings.isEmpty(c.trainAccuracy()).and(Bindings.isEmpty(c.validationAccuracy())));
        Label status = new Label();
        status.setId("training-status");
        status.setWrapText(true);
        // Wrapped, never cut: the final message says where the best model is.
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusTextProperty());
        status.getStyleClass().add("training-status");
        model.statusProperty().addListener((o, a, b) -> {
            status.getStyleClass().removeAll("danger", "success");
            b.ifPresent(s -> {
                switch (s) {
                    case DIVERGED, FAILED -> status.getStyleClass().add("danger");
                    case COMPLETED, EARLY_STOPPED -> status.getStyleClass().add("success");
                    default -> { }
                }
            });
        });
        // An autoencoder measures no accuracy: its reconstructions show beside the loss instead. Nor does a
        // detector: its measure, mAP, needs every test image's boxes, which Evaluate computes once it has trained.
        accuracyBox.visibleProperty().bind(model.ganForm().autoencoderProperty().not()
                .and(model.ganForm().detectorProperty().not()));
        accuracyBox.managedProperty().bind(accuracyBox.visibleProperty());
        Label detectorNote = new Label("A detector is measured by its mAP, not an accuracy: once it has trained, "
                + "Evaluate > Boxes finds the boxes on the test photos and scores them.");
        detectorNote.setId("training-detector-note");
        detectorNote.setWrapText(true);
        detectorNote.setMinHeight(Region.USE_PREF_SIZE);
        detectorNote.getStyleClass().add("text-muted");
        detectorNote.visibleProperty().bind(model.ganForm().detectorProperty());
        detectorNote.managedProperty().bind(detectorNote.visibleProperty());
        VBox charts = new VBox(4, lossBox, new ReconstructionPanel(model.reconstructionsProperty()).node(), accuracyBox,
                detectorNote, new GeneratedTextPanel(model.generatedText()).node(), status);
        VBox.setVgrow(lossBox, Priority.ALWAYS);
        VBox.setVgrow(accuracyBox, Priority.ALWAYS);
        charts.setPadding(new Insets(6, 10, 10, 10));
        // Narrow enough that settings, charts and history fit a 1024 px window beside the rail.
        charts.setMinWidth(240);
        return charts;
    }

    /** Ctrl+Enter, Ctrl+P and Ctrl+. work everywhere on the screen, text fields included. */
    private void onShortcut(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            model.start();
        } else if (e.getCode() == KeyCode.P) {
            model.togglePause();
        } else if (e.getCode() == KeyCode.PERIOD) {
            model.stop();
        } else {
            return;
        }
        e.consume();
    }

    /** Space and Esc only when no control takes them (typing, pressing a focused button, closing a popup). */
    private void onKey(KeyEvent e) {
        Object target = e.getTarget();
        boolean control = target instanceof TextInputControl || target instanceof ButtonBase || target instanceof ComboBoxBase;
        if (e.getCode() == KeyCode.SPACE && !control && model.activeProperty().get()) {
            model.togglePause();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !(target instanceof TextInputControl) && model.activeProperty().get()) {
            model.stop();
            e.consume();
        }
    }
}
