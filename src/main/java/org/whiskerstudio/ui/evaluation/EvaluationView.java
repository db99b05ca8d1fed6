package org.whiskerstudio.ui.evaluation;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.ui.detection.DetectorRun;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.map.MapView;
import org.whiskerstudio.ui.map.MapViewModel;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.NextStepBar;
import org.whiskerstudio.ui.common.Screen;
import org.whiskerstudio.ui.common.Theme;

/**
 * The Evaluate screen: run and data on top with Evaluate/Cancel and progress, the summary line, the confusion matrix
 * on the left and the details (gallery, metrics, mistakes, pairs, curves, comparison) on the right.
 */
public final class EvaluationView implements Screen {
    /** The screen's keys and gestures, for the help panel. */
    public static final String KEYS = String.join("\n",
            "Click a matrix cell   show its examples below; relabel one from there",
            "Ctrl+wheel      larger or smaller matrix cells",
            "Ctrl+Z          undo the last relabel");
    private final EvaluationViewModel model;
    private final StackPane root = new StackPane();
    private final MatrixView matrix = new MatrixView("evaluation-matrix");
    private final DetailTabs details;
    private final DetectionViewModel detection;
    private final KindTabs kinds;
    private final AnomalyPane anomalies;
    private final AgentPane agents;

    /** The screen with a Map tab whose view model nobody else follows (tests of the other tabs). */
    public EvaluationView(EvaluationViewModel model, TaskExecutor executor) {
        this(model, executor, new MapViewModel(executor, Notifier.SILENT));
    }

    /** @param map the Map tab's view model (the shell keeps it following the chosen run) */
    public EvaluationView(EvaluationViewModel model, TaskExecutor executor, MapViewModel map) {
        this(model, executor, map, new DetectionViewModel(executor, Notifier.SILENT));
    }

    /** @param detection the detector runs' tab, shown beside the classifiers' once the project has any */
    public EvaluationView(EvaluationViewModel model, TaskExecutor executor, MapViewModel map,
                          DetectionViewModel detection) {
        this.model = model;
        this.detection = detection;
        this.agents = new AgentPane(model.agents());
        this.kinds = new KindTabs(new DetectionPane(detection, executor).node(), agents.node());
        this.details = new DetailTabs(model, GalleryCell.thumbnails(executor), new MapView(map, executor).node());
        BorderPane content = new BorderPane();
        content.setTop(new VBox(toolbar(), NextStepBar.of(model.nextStep(), "evaluation-next-step",
                new NextStepBar.Action("Deploy / export this run", "evaluation-deploy-run", model.nextStep()::take),
                new NextStepBar.Action("Review possible label mistakes", "evaluation-review-mistakes",
                        details::showLabelMistakes)), summary()));
        SplitPane split = new SplitPane(matrixPanel(), details.node());
        split.setDividerPositions(0.5);
        // An autoencoder run has no classes to sort into: its anomaly scores take the matrix's and tabs' place.
        this.anomalies = new AnomalyPane(model.anomalies(), GalleryCell.thumbnails(executor));
        Runnable centre = () -> content.setCenter(Optional.ofNullable(model.runProperty().get())
                .filter(RunChoice::scoresAnomalies).isPresent() ? anomalies.node() : split);
        model.runProperty().addListener((o, a, b) -> centre.run());
        centre.run();
        content.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                model.undo();
                e.consume();
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(model.emptyMessageProperty());
        empty.setId("evaluation-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(560);
        VBox emptyBox = new VBox(empty);
        emptyBox.setAlignment(Pos.CENTER);
        emptyBox.setPadding(new Insets(40));
        Runnable show = () -> root.getChildren().setAll(kinds.around(model.runs().isEmpty() ? emptyBox : content,
                new KindTabs.Present(!model.runs().isEmpty(), !detection.runs().isEmpty(),
                        !model.agents().runs().isEmpty())));
        model.runs().addListener((ListChangeListener<RunChoice>) c -> show.run());
        detection.runs().addListener((ListChangeListener<DetectorRun>) c -> show.run());
        model.agents().runs().addListener((ListChangeListener<RunChoice>) c -> show.run());
        show.run();
        matrix.setOnCell((t, p) -> {
            model.results().selectCell(t, p);
            details.showImages();
        });
        Runnable redraw = () -> matrix.show(model.results().matrixProperty().get(), model.results().cellProperty().get());
        model.results().matrixProperty().addListener((o, a, b) -> redraw.run());
        model.results().cellProperty().addListener((o, a, b) -> redraw.run());
    }

    @Override
    public Node node() {
        return root;
    }

    /** The screen is shown: re-read the runs and labels, which other screens change. */
    @Override
    public void activate() {
        model.refresh();
        detection.refresh();
        model.agents().refresh();
    }

    MatrixView matrix() {
        return matrix;
    }

    KindTabs kinds() {
        return kinds;
    }

    DetailTabs details() {
        return details;
    }

    AnomalyPane anomalies() {
        return anomalies;
    }

    AgentPane agents() {
        return agents;
    }

    private Node toolbar() {
        ComboBox<RunChoice> run = new ComboBox<>(model.runs());
        run.setId("evaluation-run");
        run.setPromptText("Run");
        run.valueProperty().bindBidirectional(model.runProperty());
        run.setPrefWidth(240);
        MenuButton data = new MenuButton();
        data.setId("evaluation-data");
        data.textProperty().bind(Bindings.createStringBinding(() -> model.otherProjectProperty().get()
                .map(p -> "on " + p.getFileName()).orElse("on the test part"), model.otherProjectProperty()));
        MenuItem test = new MenuItem("This project's test part");
        test.setOnAction(e -> model.otherProjectProperty().set(Optional.empty()));
        MenuItem other = new MenuItem("Another project folder...");
        other.setOnAction(e -> chooseProject());
        data.getItems().setAll(test, other);
        // An autoencoder is judged on this project's test part only.
        data.disableProperty().bind(Bindings.createBooleanBinding(() -> Optional.ofNullable(model.runProperty().get())
                .filter(RunChoice::scoresAnomalies).isPresent(), model.runProperty()));
        Button evaluate = new Button("Evaluate", Icons.of(Material2MZ.PLAY_ARROW));
        evaluate.setId("evaluation-evaluate");
        evaluate.getStyleClass().add("accent");
        evaluate.setTooltip(new Tooltip("Run the model over the examples (again: after new examples or a new split)"));
        evaluate.disableProperty().bind(model.runningProperty().or(model.runProperty().isNull()));
        evaluate.setOnAction(e -> model.evaluate());
        Button cancel = new Button("Cancel", Icons.of(Material2MZ.STOP));
        cancel.setId("evaluation-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("evaluation-progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        // Hidden, it gives its width back to the run box (cut to "LeNet #..." at 1024 px otherwise).
        bar.managedProperty().bind(bar.visibleProperty());
        Button undo = new Button("Undo", Icons.of(Material2MZ.UNDO));
        undo.setId("evaluation-undo");
        undo.disableProperty().bind(model.undoTextProperty().isEmpty());
        undo.setOnAction(e -> model.undo());
        undo.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(model.undoTextProperty().get()),
                model.undoTextProperty()));
        Button export = new Button("Export report...", Icons.of(Material2AL.GET_APP));
        export.setId("evaluation-export");
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> model.results().evaluationProperty().get()
                .isEmpty(), model.results().evaluationProperty()));
        export.setOnAction(e -> chooseExport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label runLabel = new Label("Run");
        HBox bar1 = new HBox(8, runLabel, run, data, evaluate, cancel, bar, spacer, undo, export);
        for (Control c : List.of(runLabel, data, evaluate, cancel, undo, export)) {
            c.setMinWidth(Control.USE_PREF_SIZE);
        }
        bar1.setAlignment(Pos.CENTER_LEFT);
        bar1.getStyleClass().add("training-bar");
        return bar1;
    }

    private Node summary() {
        Label summary = new Label();
        summary.setId("evaluation-summary");
        summary.getStyleClass().add("evaluation-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> Optional.ofNullable(model.runProperty().get())
                .filter(RunChoice::scoresAnomalies).isPresent() ? model.anomalies().headlineProperty().get()
                : model.results().summaryProperty().get(), model.runProperty(), model.results().summaryProperty(),
                model.anomalies().headlineProperty()));
        Label status = new Label();
        status.setId("evaluation-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        // Accepted suggestions in the test part flatter the model: said above the numbers they inflate.
        Label flattering = new Label("", Icons.of(Material2MZ.WARNING));
        flattering.setId("evaluation-suggested-warning");
        flattering.getStyleClass().add("warning");
        flattering.setWrapText(true);
        flattering.textProperty().bind(model.suggestedWarningProperty());
        flattering.visibleProperty().bind(model.suggestedWarningProperty().isNotEmpty());
        flattering.managedProperty().bind(flattering.visibleProperty());
        VBox box = new VBox(2, summary, flattering, status);
        box.setPadding(new Insets(6, 10, 4, 10));
        return box;
    }

    private Node matrixPanel() {
        ToggleGroup mode = new ToggleGroup();
        ToggleButton counts = new ToggleButton("Counts");
        counts.setId("evaluation-counts");
        ToggleButton rates = new ToggleButton("Row %");
        rates.setId("evaluation-rates");
        rates.setTooltip(new Tooltip("Each row as shares of its true class: the diagonal is each class's recall"));
        counts.setToggleGroup(mode);
        rates.setToggleGroup(mode);
        counts.setSelected(true);
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                mode.selectToggle(a);
            }
        });
        matrix.ratesProperty().bind(rates.selectedProperty());
        Button smaller = new Button("", Icons.of(Material2MZ.ZOOM_OUT));
        smaller.setId("evaluation-zoom-out");
        smaller.setTooltip(new Tooltip("Smaller cells (Ctrl+wheel)"));
        smaller.setOnAction(e -> matrix.zoomBy(1 / 1.25));
        Button larger = new Button("", Icons.of(Material2MZ.ZOOM_IN));
        larger.setId("evaluation-zoom-in");
        larger.setTooltip(new Tooltip("Larger cells (Ctrl+wheel)"));
        larger.setOnAction(e -> matrix.zoomBy(1.25));
        Label title = new Label("Confusion matrix");
        title.getStyleClass().add("title-4");
        // Wraps rather than cutting the title and the toggles when the matrix pane is narrow (1024 px windows).
        FlowPane tools = new FlowPane(6, 6, title, counts, rates, smaller, larger, legend());
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, tools, matrix.node());
        VBox.setVgrow(matrix.node(), Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** The colour scale: the background for none, full blue for the largest count (or the whole row). */
    private Node legend() {
        Region scale = new Region();
        scale.setPrefSize(80, 12);
        scale.setMinSize(80, 12);
        Runnable paint = () -> scale.setStyle("-fx-background-color: " + Theme.colours().heatGradient()
                + "; -fx-border-color: -color-border-default;");
        paint.run();
        // Kept by the region it repaints: the theme holds it weakly.
        scale.getProperties().put("theme-listener", Theme.onChange(paint));
        Label high = new Label();
        high.setId("evaluation-scale-max");
        high.textProperty().bind(Bindings.createStringBinding(() -> matrix.ratesProperty().get() ? "100%"
                : model.results().matrixProperty().get().map(m -> Integer.toString(m.maxCount())).orElse(""),
                matrix.ratesProperty(), model.results().matrixProperty()));
        HBox legend = new HBox(4, new Label("0"), scale, high);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("text-muted");
        legend.setPadding(new Insets(0, 0, 0, 8));
        return legend;
    }

    private void chooseProject() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Evaluate on another project, or a folder with one sub-folder of images per class");
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            model.otherProjectProperty().set(Optional.of(dir.toPath()));
        }
    }

    private void chooseExport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for evaluation.html and evaluation.csv");
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            model.export(dir.toPath());
        }
    }
}
