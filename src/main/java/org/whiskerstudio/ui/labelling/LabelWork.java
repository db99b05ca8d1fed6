package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.whiskerstudio.labelling.LabellingProgress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.suggest.SuggestionAcceptance;
import org.whiskerstudio.suggest.SuggestionOrder;
import org.whiskerstudio.ui.common.Failure;
import org.whiskerstudio.ui.common.UiTasks;
import org.whiskerstudio.ui.labelling.AnnotationEdits.Plan;
import org.whiskerstudio.ui.labelling.LabelSession.ImageState;

/**
 * Carries out the Label screen's commands against the open project: each is planned on the UI thread when its
 * turn in the {@link StoreQueue} comes, saved or read off it, and its result applied back on the UI thread to
 * the navigator, the shown image, the class list and the figures here. The screen changes only once the store
 * has: a keyboard edit is a millisecond or two of SQLite, so waiting for it costs nothing a user can see, and
 * what is on screen is never something that might still fail to save.
 */
final class LabelWork {
    private final UiTasks tasks;
    private final StoreQueue queue;
    private final ImageNavigator navigator;
    private final ShownImage shown;
    private final ClassList classes;
    private final BooleanProperty multiLabel;
    private final BooleanProperty reviewMode;
    private final SuggestionQueue suggestions;
    private Optional<LabelSession> session = Optional.empty();
    private final ReadOnlyObjectWrapper<LabellingProgress> progress = new ReadOnlyObjectWrapper<>(new LabellingProgress(0, 0, 0));
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean loading;

    LabelWork(UiTasks tasks, ImageNavigator navigator, ShownImage shown, ClassList classes,
              BooleanProperty multiLabel, BooleanProperty reviewMode, SuggestionQueue suggestions) {
        this.tasks = tasks;
        this.queue = new StoreQueue(tasks);
        this.navigator = navigator;
        this.shown = shown;
        this.classes = classes;
        this.multiLabel = multiLabel;
        this.reviewMode = reviewMode;
        this.suggestions = suggestions;
        multiLabel.addListener((o, a, b) -> {
            if (!loading) {
                later("The setting was not saved", s -> Optional.of(() -> {
                    s.saveMultiLabel(b);
                    return () -> { };
                }));
            }
        });
        reviewMode.addListener((o, a, b) -> reload(-1));
    }

    /** Shows another project (or none) with an empty undo history. */
    void open(Optional<ProjectSession> next) {
        session = next.map(LabelSession::of);
        // Cleared at once: work still queued for the old project then finds nothing to act on.
        navigator.clear();
        shown.show(Optional.empty(), ImageState.NONE);
        classes.clear();
        suggestions.clear();
        setTotals(new LabelSession.Totals(List.of(), new LabellingProgress(0, 0, 0), "", ""));
        reload(-1);
    }

    Optional<ProjectSession> project() {
        return session.map(LabelSession::project);
    }

    Optional<LabelSession> session() {
        return session;
    }

    /** Says something in the status line (a refusal, say). */
    void say(String text) {
        status.set(text);
    }

    void reload(long keepImageId) {
        later("Cannot read the project", s -> {
            boolean reviewOnly = reviewMode.get();
            Optional<SuggestionOrder> queued = suggestions.walkedOrder();
            SuggestionOrder order = suggestions.orderProperty().get();
            return Optional.of(() -> {
                LabelSession.Catalogue catalogue = s.catalogue();
                List<Suggestion> suggested = s.suggestions(order);
                List<ImageAsset> walked = queued.isPresent() ? suggestions.walk(catalogue.images(), suggested)
                        : ImageNavigator.walked(catalogue.images(), reviewOnly);
                int index = ImageNavigator.indexOfOrFirst(walked, keepImageId);
                ImageState state = index < 0 ? ImageState.NONE : s.imageState(walked.get(index).id());
                LabelSession.Totals totals = s.totals();
                return () -> {
                    navigator.setImages(catalogue.images(), walked, catalogue.reviewed());
                    suggestions.setSuggestions(suggested);
                    loading = true;
                    multiLabel.set(catalogue.multiLabel());
                    loading = false;
                    setTotals(totals);
                    show(index, state);
                };
            });
        });
    }

    void navigate(Supplier<OptionalInt> target) {
        later("Cannot show the image", s -> {
            OptionalInt i = target.get();
            if (i.isEmpty() || i.getAsInt() == navigator.indexProperty().get()) {
                return Optional.empty();
            }
            return Optional.of(moveTo(s, i.getAsInt()));
        });
    }

    /** Store work that reads an image's state, then shows it at that place. */
    private Callable<Runnable> moveTo(LabelSession s, int index) {
        long id = navigator.at(index).orElseThrow().id();
        return () -> {
            ImageState state = s.imageState(id);
            return () -> show(index, state);
        };
    }

    private void show(int index, ImageState state) {
        navigator.moveTo(index);
        shown.show(navigator.at(index), state);
    }

    void createClass(String name) {
        later("Cannot create the class", s -> Optional.of(() -> {
            LabelClass created = s.classes().create(name);
            LabelSession.Totals totals = s.totals();
            return () -> {
                setTotals(totals);
                classes.activeProperty().set(Optional.of(created));
                status.set("");
            };
        }));
    }

    void history(String errorTitle, boolean back) {
        later(errorTitle, s -> {
            Optional<ImageAsset> image = shown.image();
            long keep = shown.selectedProperty().get();
            return Optional.of(() -> {
                if (back) {
                    s.undo().undo();
                } else {
                    s.undo().redo();
                }
                // An undone bulk accept or class delete changed many images: their statuses are re-read too.
                return withStatuses(s, reread(s, image, keep, Optional.empty()), "");
            });
        });
    }

    /** Plans a gesture when its turn comes and carries the plan out. */
    void edit(Function<LabelSession, Plan> planner) {
        later("The change was not saved", s -> {
            Plan plan = planner.apply(s);
            if (plan instanceof Plan.Refuse refuse) {
                status.set(refuse.status());
            } else if (plan instanceof Plan.Advance && navigator.next().isPresent()) {
                return Optional.of(moveTo(s, navigator.next().getAsInt()));
            } else if (plan instanceof Plan.Edit e) {
                return Optional.of(save(s, e));
            }
            return Optional.empty();
        });
    }

    /**
     * Accepts suggestions when its turn comes: {@code chosen} (UI thread) says which, of which those at or above
     * {@code threshold} whose example is still unlabelled are accepted as one edit; every image's status is re-read
     * after, as a bulk accept labels many. {@code said} words the status line for the number accepted (0: none was).
     */
    void accept(Supplier<List<Suggestion>> chosen, double threshold, boolean advance, IntFunction<String> said) {
        later("The suggestions were not accepted", s -> {
            List<Suggestion> wanted = chosen.get();
            if (wanted.isEmpty()) {
                status.set(said.apply(0));
                return Optional.empty();
            }
            Optional<ImageAsset> image = shown.image();
            long keep = shown.selectedProperty().get();
            Optional<Place> next = place(advance ? navigator.nextUnlabelled() : OptionalInt.empty());
            return Optional.of(() -> {
                Optional<SuggestionAcceptance.Accepting> accepting = s.acceptance().atLeast(wanted, threshold);
                if (accepting.isEmpty()) {
                    return () -> status.set(said.apply(0));
                }
                s.undo().execute(accepting.get().edit());
                return withStatuses(s, reread(s, image, keep, next), said.apply(accepting.get().count()));
            });
        });
    }

    /** Store work's screen update followed by every image's status and a word in the status line. */
    private Runnable withStatuses(LabelSession s, Runnable update, String said) {
        LabelSession.Statuses statuses = s.statuses();
        return () -> {
            update.run();
            navigator.setStatuses(statuses.labelled(), statuses.reviewed());
            status.set(said);
        };
    }

    /** Store work for one edit: run it on the undo stack, then read back what the screen shows. */
    private Callable<Runnable> save(LabelSession s, Plan.Edit e) {
        Optional<ImageAsset> image = shown.image();
        Optional<Place> next = place(e.advance() ? navigator.next() : OptionalInt.empty());
        return () -> {
            s.undo().execute(e.command().get());
            return reread(s, image, e.select().getAsLong(), next);
        };
    }

    /** An image to move to: its place in the list and its id, taken on the UI thread when the work is planned. */
    private record Place(int index, long imageId) {
    }

    private Optional<Place> place(OptionalInt index) {
        return index.isPresent() ? Optional.of(new Place(index.getAsInt(), navigator.at(index.getAsInt()).orElseThrow().id()))
                : Optional.empty();
    }

    /** After a change of the store: the edited image's state, the next image's if moving on, the totals. */
    private Runnable reread(LabelSession s, Optional<ImageAsset> image, long select, Optional<Place> next) {
        Optional<ImageState> edited = image.map(i -> s.imageState(i.id()));
        Optional<ImageState> nextState = next.map(p -> s.imageState(p.imageId()));
        LabelSession.Totals totals = s.totals();
        return () -> {
            image.ifPresent(i -> navigator.noteStatus(i.id(), !edited.get().annotations().isEmpty(), edited.get().reviewed()));
            if (next.isPresent()) {
                show(next.get().index(), nextState.get());
            } else {
                edited.ifPresent(state -> shown.update(state, select));
            }
            setTotals(totals);
            status.set("");
        };
    }

    private void setTotals(LabelSession.Totals totals) {
        classes.setUsage(totals.classes());
        progress.set(totals.progress());
        undoText.set(totals.undoText());
        redoText.set(totals.redoText());
    }

    /**
     * Queues store work for the open project. The work's result is applied only if that project is still the one
     * shown, and so are its errors: a project closed meanwhile is not worth a message.
     */
    private void later(String errorTitle, Function<LabelSession, Optional<Callable<Runnable>>> plan) {
        queue.add(() -> session.flatMap(s -> plan.apply(s).map(work -> guarded(s, errorTitle, work))),
                Runnable::run, failure -> tasks.report(errorTitle, failure));
    }

    private Callable<Runnable> guarded(LabelSession s, String errorTitle, Callable<Runnable> work) {
        Callable<Runnable> guardedWork = s.work(work);
        return () -> {
            Runnable apply;
            try {
                apply = guardedWork.call();
            } catch (RuntimeException e) {
                apply = () -> tasks.report(errorTitle, new Failure(e));
            }
            Runnable result = apply;
            return () -> {
                if (session.filter(now -> now == s).isPresent()) {
                    result.run();
                }
            };
        };
    }

    /** True while edits or moves are still being saved or read. */
    boolean busy() {
        return queue.busy();
    }

    ReadOnlyObjectProperty<LabellingProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
