package org.whiskerstudio.ui.deploy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.ui.common.ListSelection;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.Screen;

/**
 * The Deploy screen: choose a model on top; drop or open images and see each one's top classes as bars with the
 * time taken; predict a whole folder into a CSV, export the run as a bundle or as ONNX or import a bundle, in the background with
 * progress and Cancel. A model that does not predict (a GAN's generator) shows what it is in place of the tries, and only
 * the exports its kind takes.
 */
public final class DeployView implements Screen {
    /** The screen's gestures, for the help panel. */
    public static final String KEYS = String.join("\n",
            "Drop files      images (or the series .csv / texts .txt a model reads) on the screen:",
            "                see what the model says; Open files... does the same");
    private final DeployViewModel model;
    private final StackPane root = new StackPane();
    private final BorderPane content = new BorderPane();
    private final PredictionBars bars = new PredictionBars();
    private final ImageView preview = new ImageView();
    private final DetectorTryViewModel detector;

    public DeployView(DeployViewModel model) {
        this(model, new DetectorTryViewModel(TaskExecutor.direct(), Notifier.SILENT, model));
    }

    /** @param detector takes the screen's middle when the model loaded is a detector */
    public DeployView(DeployViewModel model, DetectorTryViewModel detector) {
        this.model = model;
        this.detector = detector;
        content.setTop(toolbar());
        content.setCenter(centre());
        content.setBottom(taskBar());
        Label empty = new Label();
        empty.setId("deploy-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.setMaxWidth(560);
        empty.textProperty().bind(model.emptyMessageProperty());
        Button importBundle = new Button("Import bundle...", Icons.of(Material2AL.FILE_UPLOAD));
        importBundle.setOnAction(e -> importBundle());
        importBundle.visibleProperty().bind(model.importableProperty());
        VBox emptyBox = new VBox(16, empty, importBundle);
        emptyBox.setAlignment(Pos.CENTER);
        emptyBox.setPadding(new Insets(40));
        Runnable show = () -> root.getChildren().setAll(model.emptyMessageProperty().get().isEmpty() ? content : emptyBox);
        model.emptyMessageProperty().addListener((o, a, b) -> show.run());
        show.run();
        enableDrop();
    }

    @Override
    public Node node() {
        return root;
    }

    /** The screen is shown: runs may have finished since. */
    @Override
    public void activate() {
        model.refresh();
    }

    private Node toolbar() {
        ComboBox<DeployableModel> chooser = new ComboBox<>(model.models());
        chooser.setId("deploy-model");
        chooser.setPromptText("Choose a model");
        chooser.setPrefWidth(340);
        chooser.valueProperty().bindBidirectional(model.chosenProperty());
        Button export = new Button("Export bundle...", Icons.of(Material2AL.ARCHIVE));
        export.setId("deploy-export");
        export.setTooltip(new Tooltip("Save this run as a model bundle: the model, its card (classes, input, "
                + "normalisation, test metrics, provenance) in one .whisker-model.zip"));
        BooleanBinding noRun = Bindings.createBooleanBinding(() -> model.chosenProperty().get() == null
                || !model.chosenProperty().get().isRun(), model.chosenProperty());
        export.disableProperty().bind(noRun.or(model.busyProperty()));
        export.setOnAction(e -> exportBundle());
        Button onnx = new Button("Export ONNX...", Icons.of(Material2AL.IMPORT_EXPORT));
        onnx.setId("deploy-export-onnx");
        onnx.setTooltip(new Tooltip("Save this run's model as ONNX for other runtimes (ONNX Runtime, Python, phones);"
                + " kept only if ONNX Runtime agrees with DL4J on up to 200 test examples"));
        onnx.disableProperty().bind(noRun.or(model.busyProperty()));
        onnx.setOnAction(e -> exportOnnx());
        CheckBox withOnnx = new CheckBox("with ONNX");
        withOnnx.setId("deploy-bundle-onnx");
        withOnnx.setTooltip(new Tooltip("Put model.onnx in the bundle too (ONNX Runtime answers it 10-20x faster); its "
                + "parity line goes on the model card. If ONNX Runtime does not match DL4J, the bundle is written "
                + "without it and the status line says why"));
        withOnnx.selectedProperty().bindBidirectional(model.bundleWithOnnxProperty());
        withOnnx.disableProperty().bind(export.disableProperty());
        // Actions the chosen model's kind does not take are left out, not shown disabled (the info line says why).
        showOnlyIf(model.bundleOfferedProperty(), export);
        showOnlyIf(model.bundleOfferedProperty().and(model.onnxOfferedProperty()), withOnnx);
        showOnlyIf(model.onnxOfferedProperty(), onnx);
        Button importBundle = new Button("Import bundle...", Icons.of(Material2AL.FILE_UPLOAD));
        importBundle.setId("deploy-import");
        importBundle.disableProperty().bind(model.busyProperty());
        importBundle.setOnAction(e -> importBundle());
        Label info = new Label();
        info.setId("deploy-model-info");
        info.getStyleClass().add("text-muted");
        info.textProperty().bind(model.modelInfoProperty());
        info.setWrapText(true); // a character run's note says where its text is at the end: it must not be cut
        // A model that does not predict has its note in the middle of the screen instead (see centre()).
        showOnlyIf(model.predictOfferedProperty().and(detector.activeProperty().not()), info);
        // Wraps onto a second row in a narrow window instead of cutting the buttons to "...".
        FlowPane top = new FlowPane(10, 6, new Label("Model"), chooser, export, withOnnx, onnx, importBundle);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, top, info);
        box.setPadding(new Insets(12, 16, 8, 16));
        return box;
    }

    private static void showOnlyIf(ObservableBooleanValue offered, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(offered);
            n.managedProperty().bind(offered);
        }
    }

    private Node centre() {
        Button open = new Button("Open files...", Icons.of(Material2AL.FOLDER_OPEN));
        open.setId("deploy-open");
        open.getStyleClass().add("accent");
        open.disableProperty().bind(model.modelReadyProperty().not());
        open.setOnAction(e -> openImages());
        // The button keeps its whole label: at 1,340 px it read "O..." (seen in a real window).
        open.setMinWidth(Region.USE_PREF_SIZE);
        Button folder = new Button("Predict folder to CSV...", Icons.of(Material2MZ.TABLE_CHART));
        folder.setId("deploy-folder");
        folder.disableProperty().bind(model.modelReadyProperty().not().or(model.busyProperty()));
        folder.setOnAction(e -> predictFolder());
        Label hint = new Label("or drop files here (images, or the series .csv or texts .txt the model reads)");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        folder.setMinHeight(Region.USE_PREF_SIZE);
        // The hint under the button, wrapped: beside it, it was cut at 1366 px.
        VBox actions = new VBox(4, open, hint);
        ListView<ResultRow> list = new ListView<>(model.results());
        list.setId("deploy-results");
        Label placeholder = new Label("Drop files here, or Open files..., to see what the model says.");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ResultRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.summary());
            }
        });
        ListSelection.follow(list, model.selectedProperty(), this::show);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(10, actions, list, folder);
        left.setPadding(new Insets(0, 8, 8, 16));
        left.getStyleClass().add("deploy-drop");
        preview.setFitWidth(260);
        preview.setFitHeight(260);
        preview.setPreserveRatio(true);
        preview.setSmooth(false);
        StackPane frame = new StackPane(preview);
        frame.getStyleClass().add("deploy-preview");
        frame.setMinHeight(270);
        VBox right = new VBox(12, frame, bars.node());
        right.setPadding(new Insets(0, 16, 8, 8));
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        showOnlyIf(model.predictOfferedProperty().and(detector.activeProperty().not()), split);
        Label note = new Label();
        note.setId("deploy-no-predict");
        note.getStyleClass().add("empty-state");
        note.setWrapText(true); // a character run's note says where its text is at the end: it must not be cut
        note.setMaxWidth(560);
        note.textProperty().bind(model.modelInfoProperty());
        showOnlyIf(model.predictOfferedProperty().not().and(detector.activeProperty().not()), note);
        Node boxes = new DetectionPreview(detector, this::openImages, this::predictFolder, model.busyProperty()).node();
        showOnlyIf(detector.activeProperty(), boxes);
        return new StackPane(split, note, boxes);
    }

    private Node taskBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("deploy-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.taskProgressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        // Hidden, it takes no room: the finished export's parity line starts at the left edge, not 230 px in.
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("deploy-task");
        message.textProperty().bind(model.taskMessageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("deploy-cancel");
        cancel.visibleProperty().bind(model.cancellableProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox bar = new HBox(10, progress, message, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 16, 10, 16));
        return bar;
    }

    private void show(ResultRow row) {
        bars.show(row);
        preview.setImage(row == null ? null : new Image(row.file().toUri().toString(), 520, 520, true, false, true));
    }

    private void enableDrop() {
        content.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && (model.modelReadyProperty().get() || detector.activeProperty().get())) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        content.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles() && (model.modelReadyProperty().get() || detector.activeProperty().get())) {
                tryFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void openImages() {
        FileChooser chooser = new FileChooser();
        DeployViewModel.FileFilter filter = model.fileFilter(); // images when nothing is loaded (a detector)
        chooser.setTitle(filter.description() + " to predict");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            tryFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Files dropped or opened go to the detector when one is chosen, else to the classifier. */
    private void tryFiles(List<Path> files) {
        if (detector.activeProperty().get()) {
            detector.tryFiles(files);
        } else {
            model.tryFiles(files);
        }
    }

    private void predictFolder() {
        DirectoryChooser dirs = new DirectoryChooser();
        dirs.setTitle("Folder of images to predict");
        File dir = dirs.showDialog(window());
        if (dir == null) {
            return;
        }
        FileChooser save = new FileChooser();
        save.setTitle("Save the predictions as CSV");
        save.setInitialFileName(dir.getName() + "-predictions.csv");
        save.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File csv = save.showSaveDialog(window());
        if (csv != null) {
            model.predictFolder(dir.toPath(), csv.toPath());
        }
    }

    private void exportBundle() {
        FileChooser save = new FileChooser();
        save.setTitle("Export a model bundle");
        save.setInitialFileName(model.suggestedBundleName());
        save.getExtensionFilters().add(new FileChooser.ExtensionFilter("Whisker model bundle", "*" + BundleFormat.SUFFIX));
        File out = save.showSaveDialog(window());
        if (out != null) {
            Path target = out.getName().endsWith(BundleFormat.SUFFIX) ? out.toPath()
                    : out.toPath().resolveSibling(out.getName().replaceAll("\\.zip$", "") + BundleFormat.SUFFIX);
            model.exportBundle(target);
        }
    }

    private void exportOnnx() {
        FileChooser save = new FileChooser();
        save.setTitle("Export as ONNX");
        save.setInitialFileName(model.suggestedOnnxName());
        save.getExtensionFilters().add(new FileChooser.ExtensionFilter("ONNX model", "*.onnx"));
        File out = save.showSaveDialog(window());
        if (out != null) {
            model.exportOnnx(out.getName().endsWith(".onnx") ? out.toPath()
                    : out.toPath().resolveSibling(out.getName() + ".onnx"));
        }
    }

    private void importBundle() {
        FileChooser open = new FileChooser();
        open.setTitle("Import a model bundle");
        open.getExtensionFilters().add(new FileChooser.ExtensionFilter("Whisker model bundle", "*" + BundleFormat.SUFFIX,
                "*.zip"));
        File file = open.showOpenDialog(window());
        if (file != null) {
            model.importBundle(file.toPath());
        }
    }
}
