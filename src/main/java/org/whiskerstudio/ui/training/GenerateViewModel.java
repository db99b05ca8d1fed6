package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.training.GenerationService.Generated;
import org.whiskerstudio.training.GenerationService;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The Generate panel's state: the GAN runs with a saved generator, how many images and which seed, the preview, the
 * class the images get (by default the one the GAN learned), and one task at a time (make, add) with progress and
 * Cancel. Added images are marked synthetic, so they only ever train.
 */
public final class GenerateViewModel implements ProjectScoped<GenerationService> {
    private final UiTasks tasks;
    private Optional<GenerationService> service = Optional.empty();
    private final ObservableList<TrainingRun> runs = FXCollections.observableArrayList();
    private final ObservableList<TrainingRun> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ObjectProperty<TrainingRun> run = new SimpleObjectProperty<>();
    private final StringProperty count = new SimpleStringProperty("16");
    private final StringProperty seed = new SimpleStringProperty("1");
    private final StringProperty className = new SimpleStringProperty("");
    private final ObservableList<String> classes = FXCollections.observableArrayList();
    private final ObservableList<String> classesView = FXCollections.unmodifiableObservableList(classes);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<Optional<Generated>> preview = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("Open a project to make images.");
    private final ReadOnlyBooleanWrapper canGenerate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper();
    /** The previewed images are in the project now: they stay on screen, Add is done. */
    private final ReadOnlyBooleanWrapper added = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper showRequests = new ReadOnlyIntegerWrapper();
    private Cancellation cancellation = new Cancellation();
    private long generation;

    public GenerateViewModel(TaskExecutor executor, Notifier notifier) {
        this.tasks = new UiTasks(executor, notifier);
        for (Observable o : List.of(count, seed, className, run, preview)) {
            o.addListener(x -> check());
        }
        run.addListener((o, before, now) -> chosen(now));
        canGenerate.bind(Bindings.createBooleanBinding(() -> !busy.get() && run.get() != null && problemsFor(false).isEmpty(),
                busy, run, count, seed, className));
        canAdd.bind(Bindings.createBooleanBinding(() -> !busy.get() && preview.get().isPresent() && !chosenClass().isEmpty()
                        && !added.get(), busy, preview, className, added));
        check();
    }

    /** Another project (or none, or one whose engine cannot generate). */
    @Override
    public void projectOpened(Optional<GenerationService> next) {
        cancellation.cancel();
        service = next;
        generation++;
        runs.clear();
        classes.clear();
        run.set(null);
        preview.set(Optional.empty());
        message.set("");
        emptyMessage.set(next.isEmpty() ? "Making images is not available in this build." : "");
        refresh();
    }

    /** Re-reads the GAN runs and classes (when the panel is shown and after a run ends). */
    public void refresh() {
        service.ifPresent(s -> {
            long asked = generation;
            tasks.submit(() -> new Listing(s.ganRuns(), s.classNames()), listing -> {
                if (asked != generation) {
                    return;
                }
                TrainingRun keep = run.get();
                runs.setAll(listing.runs());
                List<String> all = new ArrayList<>(listing.classes());
                String current = chosenClass();
                if (!current.isEmpty() && !all.contains(current)) {
                    all.add(current);
                }
                classes.setAll(all);
                Optional<TrainingRun> same = keep == null ? Optional.empty()
                        : listing.runs().stream().filter(r -> r.id() == keep.id()).findFirst();
                run.set(same.orElse(listing.runs().isEmpty() ? null : listing.runs().get(0)));
                emptyMessage.set(listing.runs().isEmpty() ? "No GAN run with a saved generator yet. On the Train screen, "
                        + "choose a GAN architecture (the DCGAN template), train it, then make images from it here." : "");
            }, "Cannot list the GAN runs");
        });
    }

    private record Listing(List<TrainingRun> runs, List<String> classes) {
    }

    /** Chooses the run with this id and asks the screen to show the panel (the history's Generate button). */
    public void show(long runId) {
        runs.stream().filter(r -> r.id() == runId).findFirst().ifPresent(run::set);
        showRequests.set(showRequests.get() + 1);
    }

    /** Goes up by one each time {@link #show} asks for the panel. */
    public ReadOnlyIntegerProperty showRequestsProperty() {
        return showRequests.getReadOnlyProperty();
    }

    private void chosen(TrainingRun next) {
        preview.set(Optional.empty());
        if (next == null) {
            return;
        }
        service.ifPresent(s -> tasks.submit(() -> s.learnedClass(next.id()), learned -> {
            if (next.equals(run.get())) {
                learned.ifPresent(c -> {
                    if (!classes.contains(c)) {
                        classes.add(c);
                    }
                    className.set(c);
                });
            }
        }, "Cannot read the run's settings"));
    }

    private String chosenClass() {
        return className.get() == null ? "" : className.get().strip();
    }

    private void check() {
        problems.setAll(problemsFor(true));
    }

    private List<String> problemsFor(boolean forAdding) {
        List<String> found = new ArrayList<>();
        int n = parseCount();
        if (n < 1 || n > GenerationService.MAX_COUNT) {
            found.add("Make 1 to " + GenerationService.MAX_COUNT + " images (is \"" + count.get() + "\").");
        }
        try {
            Long.parseLong(seed.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            found.add("The seed must be a whole number (is \"" + seed.get() + "\").");
        }
        if (forAdding && preview.get().isPresent() && chosenClass().isEmpty()) {
            found.add("Choose the class the images get before adding them.");
        }
        return found;
    }

    private int parseCount() {
        try {
            return Integer.parseInt(count.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    // ---- commands ----

    /** Makes the images with the chosen run's generator and shows them. */
    public void generate() {
        if (!canGenerate.get() || service.isEmpty()) {
            return;
        }
        GenerationService s = service.get();
        long runId = run.get().id();
        int n = parseCount();
        long seedValue = Long.parseLong(seed.get().strip());
        preview.set(Optional.empty());
        task("Making " + n + " images", (p, c) -> s.generate(runId, n, seedValue, p, c), made -> {
            added.set(false);
            preview.set(Optional.of(made));
            return "Made " + made.images().size() + " images with seed " + made.seed() + ". Add them to the project, or "
                    + "try another seed.";
        });
    }

    /** Adds the previewed images to the project with the chosen class, marked synthetic. */
    public void addToProject() {
        if (!canAdd.get() || service.isEmpty()) {
            return;
        }
        GenerationService s = service.get();
        Generated images = preview.get().orElseThrow();
        String target = chosenClass();
        task("Adding " + images.images().size() + " images", (p, c) -> s.add(images, target, p, c), result -> {
            if (result.isEmpty()) {
                return "Cancelled: nothing was added.";
            }
            added.set(true);
            String again = result.get().alreadyThere() == 0 ? ""
                    : " " + result.get().alreadyThere() + " were already in the project.";
            return "Added " + result.get().added() + " synthetic images of " + target + " to the project: they train, and "
                    + "never validate or test." + again;
        });
    }

    /** Stops making or adding images after the current one; nothing half-added stays. */
    public void cancel() {
        cancellation.cancel();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Progress progress, Cancellation cancellation) throws Exception;
    }

    private <T> void task(String title, Work<T> work, Function<T, String> done) {
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        long asked = generation;
        busy.set(true);
        progress.set(-1);
        message.set(title + "...");
        Progress report = tasks.progress(u -> {
            if (busy.get()) {
                progress.set(u.fraction());
                message.set(title + ": " + u.done() + " of " + u.total());
            }
        });
        tasks.submit(() -> work.run(report, cancel), result -> {
            if (asked == generation) {
                busy.set(false);
                message.set(done.apply(result));
            }
        }, f -> {
            if (asked != generation) {
                return;
            }
            busy.set(false);
            if (f.cancelled()) {
                message.set("Cancelled.");
            } else {
                message.set(title + " failed: " + f.message());
                tasks.report(title + " failed", f);
            }
        });
    }

    // ---- state ----

    public ObservableList<TrainingRun> runs() {
        return runsView;
    }

    public ObjectProperty<TrainingRun> runProperty() {
        return run;
    }

    public StringProperty countProperty() {
        return count;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** The class the images get; the run's learned class by default. */
    public StringProperty classNameProperty() {
        return className;
    }

    public ObservableList<String> classes() {
        return classesView;
    }

    /** What blocks Generate or Add, one sentence each. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    public ReadOnlyObjectProperty<Optional<Generated>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why nothing can be made ("No GAN run ... yet"); "" when runs are there. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGenerateProperty() {
        return canGenerate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }
}
