package org.whiskerstudio.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
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
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.samples.SampleProjects;
import org.whiskerstudio.settings.StudioSettings;
import org.whiskerstudio.ui.architecture.ArchitectureView;
import org.whiskerstudio.ui.architecture.ProjectArchitectures;
import org.whiskerstudio.ui.common.Dialogs;
import org.whiskerstudio.ui.common.FolderOpener;
import org.whiskerstudio.ui.common.Icons;
import org.whiskerstudio.ui.common.ProgressOverlay;
import org.whiskerstudio.ui.common.UiDelay;
import org.whiskerstudio.ui.common.Screen;
import org.whiskerstudio.ui.common.Theme;
import org.whiskerstudio.ui.deploy.DeployView;
import org.whiskerstudio.ui.evaluation.EvaluationView;
import org.whiskerstudio.ui.labelling.LabelView;
import org.whiskerstudio.ui.library.LibraryView;
import org.whiskerstudio.ui.training.TrainingView;
import org.whiskerstudio.ui.welcome.WelcomeView;

/** The main window: menu bar, the pipeline rail on the left, the current stage in the centre, a status line. */
public final class ShellView {
    private final ShellViewModel model;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane centre = new StackPane();
    private final WelcomeView welcome;
    private final Lazy<LibraryView> library;
    /** Each stage's screen, built the first time it is shown. */
    private final Map<PipelineStage, Supplier<? extends Screen>> screens = new EnumMap<>(PipelineStage.class);
    private Optional<Screen> shown = Optional.empty();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<PipelineStage, ToggleButton> navButtons = new EnumMap<>(PipelineStage.class);
    private final VBox rail = new VBox();
    private final TourOverlay tourOverlay;
    /** The window's root. */
    private final StackPane layers;
    private ArchitectureView architectureView;
    private ProjectArchitectures architectureFor;

    public ShellView(ShellViewModel model, Stage stage) {
        this(model, stage, FolderOpener.NONE);
    }

    /** @param folders shows a folder in the desktop's file manager (after an export: "Open folder") */
    public ShellView(ShellViewModel model, Stage stage, FolderOpener folders) {
        this.model = model;
        this.stage = stage;
        this.welcome = new WelcomeView(welcomeActions(), model.recentProjects(), model.executor());
        this.library = new Lazy<>(() -> new LibraryView(model.library(), model.executor()));
        screens.put(PipelineStage.DATA, library);
        screens.put(PipelineStage.LABEL, new Lazy<>(() -> new LabelView(model.labelling())));
        screens.put(PipelineStage.ARCHITECTURE, this::architectureView);
        screens.put(PipelineStage.TRAIN, new Lazy<>(() -> new TrainingView(model.training())));
        screens.put(PipelineStage.EVALUATE, new Lazy<>(() -> new EvaluationView(model.evaluation(), model.executor(),
                model.evaluationMap(), model.detection().evaluation())));
        screens.put(PipelineStage.DEPLOY, new Lazy<>(() -> new DeployView(model.deploy(), model.detection().deploy())));
        model.setNotifier(Dialogs.notifier(stage, folders));
        root.setTop(new VBox(new ShellMenu(model, stage, library, menuActions()).bar(),
                ReadOnlyBanner.of(model.readOnlyBannerProperty())));
        Node railNode = rail(); // first: it makes the buttons the tour points at
        tourOverlay = new TourOverlay(model.tour(), navButtons);
        root.setLeft(new HBox(railNode, tourOverlay.node()));
        centre.setId("stage-content");
        containWithinWindow(centre);
        root.setCenter(centre);
        root.setBottom(statusLine());
        layers = new StackPane(root, waitOverlays());
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
        StudioSettings.WindowGeometry g = WindowFit.onScreen(model.windowGeometry());
        Scene scene = new Scene(layers, g.width(), g.height());
        // Before the first frame, so a dark desktop never sees a light flash.
        Theme.use(model.theme().darkProperty().get());
        model.theme().darkProperty().addListener((obs, old, dark) -> Theme.use(dark));
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

    private ShellMenu.Actions menuActions() {
        return new ShellMenu.Actions() {
            @Override
            public void newProject() {
                ShellView.this.newProject();
            }

            @Override
            public void openProject() {
                ShellView.this.openProject();
            }

            @Override
            public void quit() {
                saveGeometry(model.windowGeometry());
                stage.close();
                Platform.exit();
            }
        };
    }

    /** The welcome screen without a project, else the current stage's screen. */
    private void showContent() {
        boolean open = model.sessionProperty().get() != null;
        navButtons.values().forEach(b -> b.setDisable(!open));
        PipelineStage current = model.stageProperty().get();
        navGroup.selectToggle(open ? navButtons.get(current) : null);
        show(open ? screens.get(current).get() : welcome);
    }

    private void show(Screen next) {
        shown.filter(s -> s != next).ifPresent(Screen::deactivate);
        shown = Optional.of(next);
        centre.getChildren().setAll(next.node());
        next.activate();
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

    /**
     * A screen asking for more room than the window has must not widen the window's layout: a centre with the
     * screen's minimum width shifted the whole window left, cutting the menu and the rail. The centre takes the
     * space there is; a screen that still does not fit runs off the right edge, never over the rail.
     */
    private static void containWithinWindow(StackPane area) {
        area.setMinSize(0, 0);
        area.setAlignment(Pos.TOP_LEFT);
    }

    private Node rail() {
        rail.getStyleClass().add("nav-rail");
        int key = 1;
        for (PipelineStage s : PipelineStage.values()) {
            ToggleButton b = new ToggleButton(s.title(), Icons.of(s.icon(), 18));
            b.setId("nav-" + s.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(s.purpose() + "\nCtrl+" + key));
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

    /**
     * Opening a project or a sample (seconds on a first open) and a dataset import or export, made visible over the
     * window once they last a second; the status line's spinner alone went unnoticed. Only the exchange can cancel.
     */
    private Node waitOverlays() {
        DoubleProperty unknown = new SimpleDoubleProperty(-1);
        ProgressOverlay opening = new ProgressOverlay(UiDelay.fx(), model.busyProperty(), model.busyMessageProperty(),
                model.busyProgressProperty(), Optional.empty());
        ProgressOverlay exchange = new ProgressOverlay(UiDelay.fx(), model.exchange().runningProperty(),
                model.exchange().progressProperty(), unknown, Optional.of(model.exchange()::cancel));
        opening.node().setId("wait-opening");
        exchange.node().setId("wait-exchange");
        StackPane both = new StackPane(opening.node(), exchange.node());
        // The stack itself never takes a click; a shown overlay's scrim does.
        both.setPickOnBounds(false);
        return both;
    }

    private Node statusLine() {
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> {
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
        // A long message is cut to the window's width; the whole of it shows on hover.
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        whole.textProperty().bind(text.textProperty());
        text.setTooltip(whole);
        text.setMinWidth(0);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.busyProperty().or(model.exchange().runningProperty()));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label counts = new Label();
        counts.textProperty().bind(Bindings.createStringBinding(() -> model.library().kindProperty().get()
                .count(model.library().totalImagesProperty().get()), model.library().totalImagesProperty(),
                model.library().kindProperty()));
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
}
