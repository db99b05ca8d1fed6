package org.whiskerstudio.ui.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.BundleOptions;
import org.whiskerstudio.deploy.DeployOffer;
import org.whiskerstudio.deploy.DeployService;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.deploy.FolderPrediction;
import org.whiskerstudio.deploy.ImageFiles;
import org.whiskerstudio.deploy.LoadedModel;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.NotAClassifier;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The Deploy screen's state: which model is chosen and loaded, the images tried on it, and one background task at a
 * time (predict a folder, export a bundle or ONNX, import) with progress and Cancel. Work goes through the task executor.
 */
public final class DeployViewModel implements ProjectScoped<ProjectSession> {
    /** Classes shown per image. */
    public static final int TOP_K = 5;
    private final UiTasks tasks;
    private final DeployServiceFactory services;
    private final ObservableList<DeployableModel> models = FXCollections.observableArrayList();
    private final ObjectProperty<DeployableModel> chosen = new SimpleObjectProperty<>();
    /** A run another screen asked to show, chosen when the models are next read. */
    private OptionalLong wanted = OptionalLong.empty();
    private final ReadOnlyStringWrapper modelInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper modelReady = new ReadOnlyBooleanWrapper();
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final ObjectProperty<ResultRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("Open a project to deploy its models.");
    private final DeployTasks jobs;
    private final ReadOnlyBooleanWrapper importable = new ReadOnlyBooleanWrapper();
    // On by default (issue 19): ONNX Runtime answers a bundle's predictions 10-20x faster; only where the kind exports.
    private final BooleanProperty bundleWithOnnx = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<LoadedModel> loadedModel = new ReadOnlyObjectWrapper<>();
    // A detector's thresholds as moved on the screen; they answer tries and folders and go into its bundle.
    private final ObjectProperty<DetectionSettings> thresholds = new SimpleObjectProperty<>();
    // What the chosen model's kind offers; a classifier's offer until one is chosen, so a new screen looks as before.
    private final ReadOnlyBooleanWrapper predictOffered = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper bundleOffered = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper onnxOffered = new ReadOnlyBooleanWrapper(true);
    private Optional<DeployService> service = Optional.empty();
    private Optional<LoadedModel> loaded = Optional.empty();
    private int generation;

    /** @param services opens each opened project's deploy service; empty means this build cannot predict */
    public DeployViewModel(TaskExecutor executor, Notifier notifier, DeployServiceFactory services) {
        this.tasks = new UiTasks(executor, notifier);
        this.jobs = new DeployTasks(tasks);
        this.services = services;
        chosen.addListener((o, before, now) -> load(now));
    }

    /** Another project (or none). Call {@link #refresh()} to list its models. */
    @Override
    public void projectOpened(Optional<ProjectSession> project) {
        boolean projectOpen = project.isPresent();
        Optional<DeployService> next = project.flatMap(p -> services.open(p.store()));
        jobs.cancel();
        service = next;
        importable.set(next.isPresent());
        generation++;
        results.clear();
        models.clear();
        chosen.set(null);
        emptyMessage.set(!projectOpen ? "Open a project to deploy its models."
                : next.isEmpty() ? "Prediction is not available in this build: its engine is not installed." : "");
        // Models are listed (and the first one loaded) when the screen is shown, not on every project opened.
    }

    /** Chooses the model of {@code runId} ("Deploy this run" after an evaluation) once the models are read again. */
    public void showRun(long runId) {
        wanted = OptionalLong.of(runId);
        refresh();
    }

    /** Re-reads the project's runs and imported bundles (the screen calls it when shown). */
    public void refresh() {
        service.ifPresent(s -> tasks.submit(s::models, found -> {
            DeployableModel keep = chosen.get();
            models.setAll(found);
            Optional<DeployableModel> asked = wanted.stream().boxed()
                    .flatMap(id -> found.stream().filter(m -> m.runId().equals(Optional.of(id)))).findFirst();
            wanted = OptionalLong.empty();
            // Set again even when kept: a combo box over the list clears its value while the list is replaced.
            DeployableModel next = asked.orElse(keep != null && found.contains(keep) ? keep
                    : found.isEmpty() ? null : found.get(0));
            if (!Objects.equals(next, chosen.get())) {
                chosen.set(next);
            }
            emptyMessage.set(found.isEmpty()
                    ? "No trained model yet. Train one on the Train screen (Ctrl+4), or import a model bundle." : "");
        }, "Cannot list the models"));
    }

    private void load(DeployableModel model) {
        int mine = ++generation;
        loaded = Optional.empty();
        loadedModel.set(null);
        thresholds.set(null);
        modelReady.set(false);
        results.clear();
        DeployOffer offer = model == null ? DeployOffer.of(ModelKind.CLASSIFIER) : model.offer();
        predictOffered.set(offer.predict());
        bundleOffered.set(offer.bundle());
        onnxOffered.set(offer.onnx());
        if (model == null || service.isEmpty()) {
            modelInfo.set("");
            return;
        }
        if (!offer.predict()) {
            // Nothing to load: the note says what the model is and what is offered for it instead.
            modelInfo.set(model.note());
            return;
        }
        modelInfo.set("Loading " + model.label() + "...");
        DeployService s = service.get();
        tasks.submit(() -> s.load(model), m -> {
            if (mine == generation) {
                loaded = Optional.of(m);
                thresholds.set(m.thresholds().orElse(null));
                loadedModel.set(m);
                modelReady.set(true);
                modelInfo.set(describe(m));
            }
        }, f -> {
            if (mine == generation) {
                // A character run is not a failure: the info line says what it is and where its text is.
                Optional<NotAClassifier> text = NotAClassifier.in(f.error());
                modelInfo.set(text.map(Throwable::getMessage).orElse("Could not load " + model.label()));
                if (text.isEmpty()) {
                    tasks.report("Cannot load the model", f);
                }
            }
        });
    }

    static String describe(LoadedModel m) {
        return m.name() + ": " + m.outputDescription() + ", input " + m.inputDescription();
    }

    /** What a file chooser offers for the loaded model: a name and patterns such as {@code *.csv}. */
    public record FileFilter(String description, List<String> patterns) {
    }

    public FileFilter fileFilter() {
        return switch (loaded.map(LoadedModel::kind).orElse(MediaKind.IMAGE)) {
            case SERIES -> new FileFilter("Series (CSV: a header, one row per step)", List.of("*.csv"));
            case TEXT -> new FileFilter("Texts (UTF-8)", List.of("*.txt"));
            case IMAGE -> new FileFilter("Images", List.of("*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif", "*.tif", "*.tiff"));
        };
    }

    /** Predicts each file and adds it to the list (newest first); the first becomes the one shown. */
    public void tryFiles(List<Path> files) {
        if (loaded.isEmpty() || files.isEmpty()) {
            return;
        }
        LoadedModel m = loaded.get();
        int mine = generation;
        tasks.submit(() -> {
            List<ResultRow> rows = new ArrayList<>();
            for (Path f : ImageFiles.expand(files, m.kind())) {
                try {
                    rows.add(ResultRow.of(f, m.predict(f, TOP_K)));
                } catch (ImageUnreadable e) {
                    rows.add(ResultRow.failed(f, "not readable: " + e.getMessage()));
                }
            }
            return rows;
        }, rows -> {
            if (mine == generation && !rows.isEmpty()) {
                results.addAll(0, rows);
                selected.set(rows.get(0));
            }
        }, "Cannot predict");
    }

    /** Predicts every image under {@code folder} into {@code csv} in the background. */
    public void predictFolder(Path folder, Path csv) {
        if (loaded.isEmpty()) {
            return;
        }
        LoadedModel m = answering();
        jobs.run("Predicting " + folder.getFileName(), (progress, cancel) -> {
            List<Path> files = ImageFiles.expand(List.of(folder), m.kind());
            FolderPrediction.Outcome o = FolderPrediction.toCsv(files, m, TOP_K, csv, progress, cancel);
            return o.cancelled() ? "Cancelled: " + csv.getFileName() + " was not written."
                    : String.format(Locale.ROOT, "Predicted %d images into %s%s%s.", o.predicted(), csv.getFileName(),
                    m.findsBoxes() ? " (one row per box)" : "",
                    o.failed() == 0 ? "" : " (" + o.failed() + " unreadable, marked ERROR)");
        });
    }

    /** The loaded model as it answers now: a detector with the thresholds moved on the screen. */
    private LoadedModel answering() {
        LoadedModel m = loaded.orElseThrow();
        return thresholds.get() == null ? m : m.withThresholds(thresholds.get());
    }

    /**
     * Exports the chosen run as a bundle, with {@code model.onnx} when {@link #bundleWithOnnxProperty()} is set and
     * the kind exports it, and a detector's thresholds as moved on the screen.
     */
    public void exportBundle(Path out) {
        DeployableModel m = chosen.get();
        if (m == null || m.runId().isEmpty() || !m.offer().bundle() || service.isEmpty()) {
            return;
        }
        DeployService s = service.get();
        BundleOptions options = new BundleOptions(bundleWithOnnx.get() && m.offer().onnx(),
                Optional.ofNullable(thresholds.get()));
        jobs.run("Exporting " + out.getFileName(), Optional.of(out), (progress, cancel) ->
                s.export(m.runId().get(), out, options, progress).sentence(out.getFileName().toString()));
    }

    /** Exports the chosen run (a classifier, or a GAN's generator) as ONNX; the status line then shows how it agreed with DL4J. */
    public void exportOnnx(Path out) {
        DeployableModel m = chosen.get();
        if (m == null || m.runId().isEmpty() || !m.offer().onnx() || service.isEmpty()) {
            return;
        }
        DeployService s = service.get();
        jobs.run("Exporting " + out.getFileName(), Optional.of(out), (progress, cancel) -> {
            OnnxParity parity = s.exportOnnx(m.runId().get(), out, progress);
            return "Exported " + out.getFileName() + ". " + parity.line() + " (" + parity.examplesFrom() + ").";
        });
    }

    /** Checks a bundle and copies it into the project; it becomes the chosen model. */
    public void importBundle(Path bundle) {
        service.ifPresent(s -> jobs.run("Importing " + bundle.getFileName(), (progress, cancel) -> {
            DeployableModel imported = s.importBundle(bundle);
            tasks.onUiThread(() -> {
                models.add(imported);
                chosen.set(imported);
                emptyMessage.set("");
            });
            return "Imported " + bundle.getFileName() + " into the project's models.";
        }));
    }

    /** Stops the running task at its next file (a folder's CSV is then not written). */
    public void cancel() {
        jobs.cancel();
    }

    /** A file name for the chosen run's bundle. */
    public String suggestedBundleName() {
        return BundleFormat.fileName(runName());
    }

    /** A file name for the chosen run's ONNX model. */
    public String suggestedOnnxName() {
        String bundle = BundleFormat.fileName(runName());
        return bundle.substring(0, bundle.length() - BundleFormat.SUFFIX.length()) + ".onnx";
    }

    private String runName() {
        DeployableModel m = chosen.get();
        return m == null ? "model" : m.label().replaceAll(" \\(run .*$", "");
    }

    public ObservableList<DeployableModel> models() {
        return FXCollections.unmodifiableObservableList(models);
    }

    public ObjectProperty<DeployableModel> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty modelInfoProperty() {
        return modelInfo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modelReadyProperty() {
        return modelReady.getReadOnlyProperty();
    }

    public ObservableList<ResultRow> results() {
        return results;
    }

    public ObjectProperty<ResultRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return jobs.busyProperty();
    }

    public ReadOnlyStringProperty taskMessageProperty() {
        return jobs.messageProperty();
    }

    public ReadOnlyDoubleProperty taskProgressProperty() {
        return jobs.progressProperty();
    }

    /** The model loaded to predict; null while none is. */
    public ReadOnlyObjectProperty<LoadedModel> loadedProperty() {
        return loadedModel.getReadOnlyProperty();
    }

    /** A loaded detector's thresholds as moved on the screen (its own until then); null for the other kinds. */
    public ObjectProperty<DetectionSettings> thresholdsProperty() {
        return thresholds;
    }

    /** A bundle can be imported: a project is open and this build has the engine. */
    public ReadOnlyBooleanProperty importableProperty() {
        return importable.getReadOnlyProperty();
    }

    /** The next bundle export also carries {@code model.onnx}. */
    public BooleanProperty bundleWithOnnxProperty() {
        return bundleWithOnnx;
    }

    /** The chosen model is tried on files (a classifier); a GAN's generator or a character model is not. */
    public ReadOnlyBooleanProperty predictOfferedProperty() {
        return predictOffered.getReadOnlyProperty();
    }

    /** The chosen model can become a bundle. */
    public ReadOnlyBooleanProperty bundleOfferedProperty() {
        return bundleOffered.getReadOnlyProperty();
    }

    /** The chosen model can be exported as ONNX. */
    public ReadOnlyBooleanProperty onnxOfferedProperty() {
        return onnxOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return jobs.cancellableProperty();
    }
}
