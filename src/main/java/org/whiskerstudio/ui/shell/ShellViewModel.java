package org.whiskerstudio.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.map.Embedder;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.ReadOnlyFolder;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.samples.SampleProjects;
import org.whiskerstudio.settings.DesktopTheme;
import org.whiskerstudio.settings.SettingsStore;
import org.whiskerstudio.settings.StudioSettings;
import org.whiskerstudio.ui.architecture.ArchitectureEditorViewModel;
import org.whiskerstudio.ui.architecture.ProjectArchitectures;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.NotifierRelay;
import org.whiskerstudio.ui.common.UiTasks;
import org.whiskerstudio.ui.deploy.DeployViewModel;
import org.whiskerstudio.evaluation.AnomalyService;
import org.whiskerstudio.ui.evaluation.EvaluationViewModel;
import org.whiskerstudio.ui.exchange.ExchangeViewModel;
import org.whiskerstudio.ui.labelling.LabelViewModel;
import org.whiskerstudio.ui.map.MapViewModel;
import org.whiskerstudio.ui.library.LibraryViewModel;
import org.whiskerstudio.ui.training.TrainingProject;
import org.whiskerstudio.ui.training.TrainingServiceFactory;
import org.whiskerstudio.ui.training.TrainingViewModel;
import org.whiskerstudio.ui.training.UiScheduler;

/** State and commands of the main window: which project is open, which stage is shown, recent projects. */
public final class ShellViewModel {
    private final TaskExecutor executor;
    /** Every view model's notifier: silent until the window (or a test) routes it. */
    private final NotifierRelay notifier = new NotifierRelay();
    private final UiTasks tasks;
    private final SettingsStore settingsStore;
    private final Path projectsDir;
    private StudioSettings settings;

    private final ReadOnlyObjectWrapper<ProjectSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PipelineStage> stage = new ReadOnlyObjectWrapper<>(PipelineStage.DATA);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Whisker Studio");
    /** "This project is read-only: ..." over every screen while such a project is open; empty otherwise. */
    private final ReadOnlyStringWrapper readOnlyBanner = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper("");
    /** 0..1 while a sample is built (its images imported), else -1: not known. */
    private final ReadOnlyDoubleWrapper busyProgress = new ReadOnlyDoubleWrapper(-1);
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: the list FXCollections wraps holds a wrapper's listeners only weakly, so a wrapper
     * made per call was collected with the listeners the welcome screen and the File menu added to it, and neither
     * showed a project opened during the session.
     */
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recentProjects);
    private final LibraryViewModel library;
    private final LabelViewModel labelling;
    private final ProjectMaps maps;
    private final ExchangeViewModel exchange;
    private Optional<ProjectArchitectures> architectures = Optional.empty();
    private final ArchitectureEditorViewModel architecture = new ArchitectureEditorViewModel(
            (a, part) -> architectures.orElseThrow().analyse(a, part), notifier);
    private final TrainingViewModel training;
    private final DeployViewModel deploy;
    private final EvaluationViewModel evaluation;
    private final DetectionModels detection;
    private final TourViewModel tour = new TourViewModel(() -> updateSettings(settings.withTourDone(true)));
    private final ThemeViewModel theme;

    /** A studio with no engine: it cannot train, evaluate or predict (the screens say so). */
    public ShellViewModel(TaskExecutor executor, SettingsStore settingsStore, Path projectsDir) {
        this(executor, settingsStore, projectsDir, ShellServices.NONE);
    }

    /** @param services the engines each project opened gets (training, prediction, evaluation, ...) */
    public ShellViewModel(TaskExecutor executor, SettingsStore settingsStore, Path projectsDir,
                          ShellServices services) {
        this.executor = executor;
        this.tasks = new UiTasks(executor, notifier);
        this.deploy = new DeployViewModel(executor, notifier, services.deploy());
        this.training = new TrainingViewModel(executor, notifier, UiScheduler.delayed(executor), System::currentTimeMillis);
        this.evaluation = new EvaluationViewModel(executor, notifier, services.evaluation(), services.mistakes());
        this.labelling = new LabelViewModel(executor, notifier, services.suggestions());
        this.detection = new DetectionModels(executor, notifier, deploy, labelling, this::openInLabel);
        this.settingsStore = settingsStore;
        this.projectsDir = projectsDir;
        this.settings = settingsStore.load();
        this.theme = new ThemeViewModel(settings.theme(), DesktopTheme.here()::prefersDark,
                choice -> updateSettings(settings.withTheme(choice)));
        this.library = new LibraryViewModel(executor);
        this.exchange = new ExchangeViewModel(executor, notifier);
        exchange.setAfterImport(() -> {
            library.reload();
            labelling.refresh();
        });
        recentProjects.setAll(settings.recentPaths());
        library.setOnOpenImage(this::openInLabel);
        evaluation.anomalies().setOnOpenImage(this::openInLabel);
        maps = new ProjectMaps(executor, notifier, library, evaluation, this::openInLabel, this::showStage);
        // Next steps: a finished run to Evaluate, an evaluated run to Deploy, each with the run chosen there.
        training.nextStep().setTarget(runId -> {
            evaluation.showRun(runId);
            showStage(PipelineStage.EVALUATE);
        });
        evaluation.nextStep().setTarget(runId -> {
            deploy.showRun(runId);
            showStage(PipelineStage.DEPLOY);
        });
        session.addListener((obs, old, now) -> projectOpened(Optional.ofNullable(now), services.training()));
    }

    /** Tells every screen's view model, with the one verb, that the open project changed. */
    private void projectOpened(Optional<ProjectSession> now, TrainingServiceFactory trainingServices) {
        title.set(now.map(s -> s.store().name() + " - Whisker Studio").orElse("Whisker Studio"));
        readOnlyBanner.set(now.flatMap(s -> s.store().readOnlyFolder()).map(ReadOnlyFolder::banner).orElse(""));
        library.projectOpened(now);
        labelling.projectOpened(now);
        exchange.projectOpened(now);
        architectures = now.map(s -> new ProjectArchitectures(s.store()));
        architecture.projectOpened(now.map(s -> new ArchitectureStore(s.store())));
        training.projectOpened(now.map(s -> TrainingProject.of(s, trainingServices)));
        deploy.projectOpened(now);
        evaluation.projectOpened(now);
        detection.projectOpened(now);
        maps.projectOpened(now);
    }

    /** The engine that scores an autoencoder run's examples on the Evaluate screen. */
    public void setAnomalyEngine(AnomalyService engine) {
        evaluation.anomalies().setEngine(engine);
    }

    /** The engine that places examples by a run's embedding layer on the maps of Data and Evaluate. */
    public void setMapEngine(LongFunction<Embedder> runs) {
        maps.setEngine(runs);
    }

    /** Where messages meant for the user go, from every screen (the window shows dialogs; tests collect them). */
    public void setNotifier(Notifier target) {
        notifier.routeTo(target);
    }

    public ReadOnlyObjectProperty<ProjectSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Optional<ProjectSession> session() {
        return Optional.ofNullable(session.get());
    }

    public ReadOnlyObjectProperty<PipelineStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public void showStage(PipelineStage s) {
        stage.set(s);
    }

    /** Shows one image on the Label screen (a thumbnail double-clicked on the Data screen). */
    public void openInLabel(long imageId) {
        showStage(PipelineStage.LABEL);
        // After the screen's own refresh, which the stage change started: the store queue keeps them in order.
        labelling.showImage(imageId);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readOnlyBannerProperty() {
        return readOnlyBanner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How far the busy work is, 0..1, or -1 while not known. */
    public ReadOnlyDoubleProperty busyProgressProperty() {
        return busyProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage.getReadOnlyProperty();
    }

    public ObservableList<Path> recentProjects() {
        return recentView;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public LibraryViewModel library() {
        return library;
    }

    public ArchitectureEditorViewModel architecture() {
        return architecture;
    }

    /** Templates and JSON for the open project's editor (empty when no project is open). */
    public Optional<ProjectArchitectures> architectures() {
        return architectures;
    }

    /** The Deploy screen's state for the open project. */
    public DeployViewModel deploy() {
        return deploy;
    }

    public TrainingViewModel training() {
        return training;
    }

    /** The Evaluate screen's state for the open project. */
    /** The detector runs' parts of Evaluate, Label and Deploy. */
    public DetectionModels detection() {
        return detection;
    }

    public EvaluationViewModel evaluation() {
        return evaluation;
    }

    public ExchangeViewModel exchange() {
        return exchange;
    }

    public MapViewModel evaluationMap() {
        return maps.onEvaluate();
    }

    public LabelViewModel labelling() {
        return labelling;
    }

    /** View > Theme. */
    public ThemeViewModel theme() {
        return theme;
    }

    /** The guided tour of the pipeline. */
    public TourViewModel tour() {
        return tour;
    }

    /** True on a first start: the tour was never finished nor skipped, and no project is open. */
    public boolean offerTourAtStart() {
        return !settings.tourDone() && session.get() == null;
    }

    public Path projectsDir() {
        return projectsDir;
    }

    public StudioSettings.WindowGeometry windowGeometry() {
        return settings.window();
    }

    public void saveWindowGeometry(StudioSettings.WindowGeometry geometry) {
        updateSettings(settings.withWindow(geometry));
    }

    /** Opens the project named on the command line, else the one open when the studio was last closed. */
    public void restoreSession(Optional<Path> requested) {
        if (requested.isPresent()) {
            Path p = requested.get();
            // A project.db passed by a file manager opens its folder.
            openProject(p.getFileName() != null && p.getFileName().toString().equals(ProjectLayout.DB_FILE)
                    ? p.toAbsolutePath().getParent() : p);
        } else {
            settings.lastProjectPath().filter(p -> Files.isRegularFile(new ProjectLayout(p).database()))
                    .ifPresent(this::openProject);
        }
    }

    public void createProject(Path folder, String name) {
        runProjectTask("Creating project " + name + "...", () -> ProjectStore.create(folder, name), "Cannot create the project");
    }

    public void openProject(Path folder) {
        runProjectTask("Opening " + folder + "...", () -> ProjectStore.openOrReadOnly(folder), "Cannot open the project");
    }

    /** Builds the sample project on first use (an import of its photos), then opens it. */
    public void openSample(SampleProjects.Sample sample) {
        String preparing = "Preparing the " + sample.title() + " sample...";
        busyMessage.set(preparing);
        busy.set(true);
        Progress progress = tasks.progress(u -> {
            if (busy.get() && u.total() > 0) {
                busyProgress.set(u.fraction());
                busyMessage.set(String.format(Locale.ROOT, "%s %,d of %,d examples", preparing, u.done(), u.total()));
            }
        });
        tasks.submit(() -> SampleProjects.materialise(sample, projectsDir, progress, new Cancellation()),
                this::openProject,
                f -> {
                    busy.set(false);
                    tasks.report("Cannot open the sample", f);
                });
    }

    private void runProjectTask(String message, Callable<ProjectStore> work, String errorTitle) {
        busyProgress.set(-1);
        busyMessage.set(message);
        busy.set(true);
        tasks.submit(work, store -> {
            busy.set(false);
            closeProject();
            session.set(new ProjectSession(store));
            stage.set(PipelineStage.DATA);
            updateSettings(settings.withOpened(store.layout().root()));
        }, f -> {
            busy.set(false);
            tasks.report(errorTitle, f);
        });
    }

    public void closeProject() {
        ProjectSession current = session.get();
        if (current != null) {
            library.cancelImport();
            session.set(null);
            current.close();
            updateSettings(settings.withLastProject(Optional.empty()));
        }
    }

    /** Keeps the last project for next time, then closes it. */
    public void shutdown() {
        ProjectSession current = session.get();
        Optional<Path> last = current == null ? Optional.empty() : Optional.of(current.store().layout().root());
        closeProject();
        updateSettings(settings.withLastProject(last));
    }

    public void forgetRecent(Path project) {
        updateSettings(settings.withoutRecent(project));
    }

    /**
     * Files dropped on the window: a dropped project folder (or its project.db) opens; anything else is
     * imported into the open project. Returns false, with a message, when there is nowhere to import to.
     */
    public boolean handleDrop(List<Path> paths) {
        if (paths.isEmpty()) {
            return false;
        }
        Path first = paths.get(0);
        Path asProject = first.getFileName() != null && first.getFileName().toString().equals(ProjectLayout.DB_FILE)
                ? first.getParent() : first;
        if (paths.size() == 1 && Files.isRegularFile(new ProjectLayout(asProject).database())) {
            openProject(asProject);
            return true;
        }
        if (session.get() == null) {
            notifier.error("No project is open", "Create or open a project first, then drop images or folders on the window.");
            return false;
        }
        stage.set(PipelineStage.DATA);
        return library.startImport(ImportRequest.of(paths));
    }

    private void updateSettings(StudioSettings next) {
        settings = next;
        recentProjects.setAll(next.recentPaths());
        settingsStore.save(next);
    }
}
