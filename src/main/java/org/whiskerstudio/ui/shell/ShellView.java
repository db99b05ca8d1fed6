package org.whiskerstudio.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.samples.SampleProjects;
import org.whiskerstudio.settings.StudioSettings;
import org.whiskerstudio.ui.common.Dialogs;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.Theme;
import org.whiskerstudio.ui.architecture.ArchitectureView;
import org.whiskerstudio.ui.architecture.ProjectArchitectures;
import org.whiskerstudio.ui.evaluation.EvaluationView;
import org.whiskerstudio.ui.exchange.ExchangeDialogs;
import org.whiskerstudio.ui.labelling.LabelView;
import org.whiskerstudio.ui.library.LibraryView;
import org.whiskerstudio.ui.deploy.DeployView;
import org.whiskerstudio.ui.training.TrainingView;
import org.whiskerstudio.ui.welcome.WelcomeView;

/** The main window: menu bar, the pipeline rail on the left, the current stage in the centre, a status line. */
public final class ShellView {
    private static final Map<PipelineStage, Ikon> STAGE_ICONS = new EnumMap<>(Map.of(
            PipelineStage.DATA, Material2AL.COLLECTIONS,
            PipelineStage.LABEL, Material2AL.LABEL,
            PipelineStage.ARCHITECTURE, Material2AL.ACCOUNT_TREE,
            PipelineStage.TRAIN, Material2MZ.SHOW_CHART,
            PipelineStage.EVALUATE, Material2AL.ASSESSMENT,
            PipelineStage.DEPLOY, Material2MZ.ROCKET));

    private final ShellViewModel model;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane centre = new StackPane();
    private final WelcomeView welcome;
    private final Lazy<LibraryView> library;
    private final Lazy<LabelView> labelling;
    private final Lazy<TrainingView> training;
    private final Lazy<DeployView> deploy;
    private final Lazy<EvaluationView> evaluation;
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<PipelineStage, ToggleButton> navButtons = new EnumMap<>(PipelineStage.class);
    private final VBox rail = new VBox();
    private final TourOverlay tourOverlay;
    /** The window's root. */
    private final StackPane layers;
    private ArchitectureView architectureView;
    private ProjectArchitectures architectureFor;

    public ShellView(ShellViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        this.welcome = new WelcomeView(welcomeActions(), model.recentProjects());
        this.library = new Lazy<>(() -> new LibraryView(model.library(), model.executor()));
        this.labelling = new Lazy<>(() -> new LabelView(model.labelling()));
        this.training = new Lazy<>(() -> new TrainingView(model.training()));
        this.deploy = new Lazy<>(() -> new DeployView(model.deploy()));
        this.evaluation = new Lazy<>(() -> new EvaluationView(model.evaluation(), model.executor()));
        model.setErrorSink((title, message) -> Dialogs.error(stage, title, message));
        root.setTop(menuBar());
        Node railNode = rail(); // first: it makes the buttons the tour points at
        tourOverlay = new TourOverlay(model.tour(), navButtons);
        root.setLeft(new HBox(railNode, tourOverlay.node()));
        root.setCenter(centre);
        root.setBottom(statusLine());
        layers = new StackPane(root);
        model.sessionProperty().addListener((obs, old, now) -> showContent());
        model.stageProperty().addListener((obs, old, now) -> showContent());
        showContent();
        enableDrop();
    }

    public Node node() {
        return layers;
    }

    /** Puts the shell in its stage with the remembered geometry and shows it. */
    public void show() {
        StudioSettings.WindowGeometry g = model.windowGeometry();
        Scene scene = new Scene(layers, g.width(), g.height());
        Theme.apply(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.tour().activeProperty().get()) {
                model.tour().skip();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        if (!Double.isNaN(g.x()) && !Double.isNaN(g.y())) {
            stage.setX(g.x());
            stage.setY(g.y());
        }
        stage.setMaximized(g.maximized());
        stage.setOnCloseRequest(e -> saveGeometry(g));
        stage.show();
        // Set after showing: with some window managers (openbox) a minimum set before the first show
        // becomes the window's initial size.
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        if (!g.maximized()) {
            stage.setWidth(g.width());
            stage.setHeight(g.height());
        }
    }

    private void saveGeometry(StudioSettings.WindowGeometry restored) {
        model.saveWindowGeometry(toSave(restored, new StudioSettings.WindowGeometry(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized())));
    }

    /**
     * What to save for the window at {@code reported} when it was restored at {@code restored}. setX/setY place the
     * window's frame, but once the window manager has configured the window (placed it, moved it) the toolkit can
     * report its content's position instead (seen with openbox): the title bar lower. Saving that moved the window
     * down by a title bar at every start. A report that differs from the restored position by no more than a frame
     * (a few pixels sideways, up to {@link #FRAME_TOP} down) is that offset, not a move, so the restored position
     * is kept; a real move is saved as reported.
     */
    static StudioSettings.WindowGeometry toSave(StudioSettings.WindowGeometry restored,
                                                StudioSettings.WindowGeometry reported) {
        if (Double.isNaN(restored.x()) || Double.isNaN(restored.y())) {
            return reported;
        }
        double dx = reported.x() - restored.x();
        double dy = reported.y() - restored.y();
        boolean frameOffset = Math.abs(dx) <= FRAME_SIDE && dy >= 0 && dy <= FRAME_TOP;
        return frameOffset ? new StudioSettings.WindowGeometry(restored.x(), restored.y(), reported.width(),
                reported.height(), reported.maximized()) : reported;
    }

    /** The most a window frame adds above and beside a window's content (title bar; border). */
    static final double FRAME_TOP = 40;
    static final double FRAME_SIDE = 8;

    private WelcomeView.Actions welcomeActions() {
        return new WelcomeView.Actions() {
            @Override
            public void newProject() {
                ShellView.this.newProject();
            }

            @Override
            public void openProject() {
                ShellView.this.openProject();
            }

            @Override
            public void openRecent(Path project) {
                model.openProject(project);
            }

            @Override
            public void forgetRecent(Path project) {
                model.forgetRecent(project);
            }

            @Override
            public void openSample(SampleProjects.Sample sample) {
                model.openSample(sample);
            }

            @Override
            public void takeTour() {
                model.tour().start();
            }
        };
    }

    private void showContent() {
        ProjectSession session = model.sessionProperty().get();
        navButtons.values().forEach(b -> b.setDisable(session == null));
        if (session == null) {
            navGroup.selectToggle(null);
            centre.getChildren().setAll(welcome.node());
            return;
        }
        PipelineStage current = model.stageProperty().get();
        navGroup.selectToggle(navButtons.get(current));
        if (current == PipelineStage.DATA) {
            library.get().useSession(session);
            centre.getChildren().setAll(library.get().node());
        } else if (current == PipelineStage.ARCHITECTURE) {
            centre.getChildren().setAll(architectureView().node());
        } else if (current == PipelineStage.LABEL) {
            centre.getChildren().setAll(labelling.get().node());
            labelling.get().activate();
        } else if (current == PipelineStage.TRAIN) {
            centre.getChildren().setAll(training.get().node());
            training.get().activate();
        } else if (current == PipelineStage.DEPLOY) {
            centre.getChildren().setAll(deploy.get().node());
            deploy.get().activate();
        } else if (current == PipelineStage.EVALUATE) {
            centre.getChildren().setAll(evaluation.get().node());
            evaluation.get().activate();
        } else {
            centre.getChildren().setAll(NotBuiltView.of(current));
        }
    }

    /** Built once per project: its templates follow the project's image size and classes. */
    private ArchitectureView architectureView() {
        ProjectArchitectures services = model.architectures().orElseThrow();
        if (architectureView == null || architectureFor != services) {
            architectureView = new ArchitectureView(model.architecture(), services);
            architectureFor = services;
        }
        return architectureView;
    }

    private Node rail() {
        rail.getStyleClass().add("nav-rail");
        int key = 1;
        for (PipelineStage s : PipelineStage.values()) {
            ToggleButton b = new ToggleButton(s.title(), Icons.of(STAGE_ICONS.get(s), 18));
            b.setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(s.purpose() + (s.isBuilt() ? "" : "\n(Not built yet.)") + "\nCtrl+" + key));
            if (!s.isBuilt()) {
                b.getStyleClass().add("not-built");
            }
            // A toggle group lets the user un-select; the rail always shows the current stage instead.
            b.setOnAction(e -> {
                model.showStage(s);
                navGroup.selectToggle(navButtons.get(model.stageProperty().get()));
            });
            navButtons.put(s, b);
            rail.getChildren().add(b);
            key++;
        }
        return rail;
    }

    private MenuBar menuBar() {
        MenuItem newProject = item("New project...", "Shortcut+N", Material2AL.ADD_BOX, this::newProject);
        MenuItem open = item("Open project...", "Shortcut+O", Material2AL.FOLDER_OPEN, this::openProject);
        Menu recent = new Menu("Open recent");
        model.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        MenuItem close = item("Close project", "Shortcut+W", null, model::closeProject);
        MenuItem importFiles = item("Import images...", "Shortcut+I", Material2AL.ADD_PHOTO_ALTERNATE, () -> library.get().importFiles());
        MenuItem importFolder = item("Import folder...", "Shortcut+Shift+I", Material2AL.CREATE_NEW_FOLDER,
                () -> library.get().importFolder(false));
        MenuItem importByClass = item("Import folder-per-class dataset...", null, Material2AL.ACCOUNT_TREE,
                () -> library.get().importFolder(true));
        MenuItem importLabels = item("Import labelled dataset (COCO, VOC, YOLO, ...)...", "Shortcut+Shift+L", null,
                () -> ExchangeDialogs.importLabels(stage, model.exchange()));
        MenuItem export = item("Export dataset...", "Shortcut+E", null, () -> ExchangeDialogs.export(stage, model.exchange()));
        for (MenuItem m : List.of(close, importFiles, importFolder, importByClass, importLabels, export)) {
            m.disableProperty().bind(model.sessionProperty().isNull());
        }
        MenuItem quit = item("Quit", "Shortcut+Q", null, () -> {
            saveGeometry(model.windowGeometry());
            stage.close();
            javafx.application.Platform.exit();
        });
        Menu file = new Menu("File", null, newProject, open, recent, close, new SeparatorMenuItem(),
                importFiles, importFolder, importByClass, importLabels, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);

        Menu view = new Menu("View");
        int key = 1;
        for (PipelineStage s : PipelineStage.values()) {
            MenuItem m = item(s.title(), "Shortcut+" + key++, STAGE_ICONS.get(s), () -> model.showStage(s));
            m.disableProperty().bind(model.sessionProperty().isNull());
            view.getItems().add(m);
        }
        MenuItem find = item("Search file names", "Shortcut+F", Material2MZ.SEARCH, () -> {
            model.showStage(PipelineStage.DATA);
            library.get().focusSearch();
        });
        find.disableProperty().bind(model.sessionProperty().isNull());
        view.getItems().addAll(new SeparatorMenuItem(), find);

        MenuItem tour = item("Take the tour", null, Material2MZ.TOUR, () -> model.tour().start());
        tour.setId("menu-tour");
        Menu help = new Menu("Help", null, item("Keyboard shortcuts", "F1", Material2AL.KEYBOARD, this::showShortcuts), tour);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Ikon icon, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : Icons.of(icon));
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : model.recentProjects()) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> model.openProject(p));
            recent.getItems().add(m);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Node statusLine() {
        Label text = new Label();
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ProjectSession s = model.sessionProperty().get();
            if (model.busyProperty().get()) {
                return model.busyMessageProperty().get();
            }
            if (model.exchange().runningProperty().get()) {
                return model.exchange().progressProperty().get();
            }
            return s == null ? "No project open" : s.store().layout().root().toString();
        }, model.sessionProperty(), model.busyProperty(), model.busyMessageProperty(), model.exchange().runningProperty(),
                model.exchange().progressProperty()));
        text.setId("status-text");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.busyProperty().or(model.exchange().runningProperty()));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label counts = new Label();
        counts.textProperty().bind(model.library().totalImagesProperty().asString("%d images"));
        counts.visibleProperty().bind(model.sessionProperty().isNotNull());
        HBox line = new HBox(8, spinner, text, spacer, counts);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("status-line");
        return line;
    }

    private void enableDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles()
                    && model.handleDrop(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void newProject() {
        NewProjectDialog.ask(stage, model.projectsDir()).ifPresent(a -> model.createProject(a.folder(), a.name()));
    }

    private void openProject() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a project folder");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            model.openProject(dir.toPath());
        }
    }

    private void showShortcuts() {
        String text = String.join("\n",
                "Ctrl+N          New project",
                "Ctrl+O          Open project",
                "Ctrl+W          Close project",
                "Ctrl+I          Import images",
                "Ctrl+Shift+I    Import folder",
                "Ctrl+F          Search file names",
                "Ctrl+1 ... 6    Data, Label, Architecture, Train, Evaluate, Deploy",
                "Ctrl+Shift+L    Import a labelled dataset (COCO, VOC, YOLO, CSV, labelme, folders)",
                "Ctrl+E          Export the dataset",
                "Ctrl+Q          Quit",
                "F1              This list",
                "Esc             Close the tour of the pipeline (Help > Take the tour shows it again)",
                "",
                "Drop files or folders on the window to import them; drop a project folder to open it.",
                "",
                "On the Label screen:",
                LabelView.KEYS,
                "",
                "On the Architecture screen:",
                ArchitectureView.KEYS,
                "",
                "On the Train screen:",
                TrainingView.KEYS);
        Label label = new Label(text);
        label.setStyle("-fx-font-family: monospace;");
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(label);
        alert.show();
    }
}
