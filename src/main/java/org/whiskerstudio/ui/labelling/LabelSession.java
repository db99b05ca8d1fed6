package org.whiskerstudio.ui.labelling;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.ClassStore;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.labelling.LabellingProgress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.suggest.SuggestionAcceptance;
import org.whiskerstudio.suggest.SuggestionOrder;
import org.whiskerstudio.suggest.SuggestionStore;

/**
 * The open project as the Label screen uses it, with its own undo history. Every method but {@link #work}
 * reads or writes the store and so runs inside a {@link StoreQueue} job, off the UI thread; the undo stack is
 * touched only there too, one job at a time, so it needs no lock.
 */
record LabelSession(ProjectSession project, AnnotationStore annotations, ClassStore classes, UndoStack undo) {
    static final String MULTI_LABEL_SETTING = "tagging.multiLabel";

    /** What the screen shows of one image. */
    record ImageState(List<Annotation> annotations, boolean reviewed) {
        ImageState {
            annotations = List.copyOf(annotations);
        }

        static final ImageState NONE = new ImageState(List.of(), false);
    }

    /** Project-wide figures refreshed after every edit: class counts, progress and the undo menu's words. */
    record Totals(List<ClassUsage> classes, LabellingProgress progress, String undoText, String redoText) {
        Totals {
            classes = List.copyOf(classes);
        }
    }

    /** Which images carry a label and which are reviewed, re-read after an edit that may touch many. */
    record Statuses(Set<Long> labelled, Set<Long> reviewed) {
        Statuses {
            labelled = Set.copyOf(labelled);
            reviewed = Set.copyOf(reviewed);
        }
    }

    /** Every image and which are reviewed, read when the project opens or the screen is shown again. */
    record Catalogue(List<ImageAsset> images, Set<Long> reviewed, boolean multiLabel) {
        Catalogue {
            images = List.copyOf(images);
            reviewed = Set.copyOf(reviewed);
        }
    }

    static LabelSession of(ProjectSession session) {
        return new LabelSession(session, new AnnotationStore(session.store()), new ClassStore(session.store()), new UndoStack());
    }

    /** Runs store work unless the project is closing, and keeps it from being closed meanwhile. */
    <T> Callable<T> work(Callable<T> action) {
        return () -> {
            if (!project.beginWork()) {
                throw new ProjectException("The project was closed.");
            }
            try {
                return action.call();
            } finally {
                project.endWork();
            }
        };
    }

    ImageState imageState(long imageId) {
        return new ImageState(annotations.ofImage(imageId), annotations.isReviewed(imageId));
    }

    Totals totals() {
        return new Totals(classes.usage(), annotations.progress(),
                undo.undoDescription().map(d -> "Undo " + d).orElse(""),
                undo.redoDescription().map(d -> "Redo " + d).orElse(""));
    }

    Catalogue catalogue() {
        return new Catalogue(project.store().images(ImageQuery.ALL), annotations.reviewedImageIds(),
                Boolean.parseBoolean(project.store().setting(MULTI_LABEL_SETTING, "false")));
    }

    Statuses statuses() {
        return new Statuses(annotations.labelledImageIds(), annotations.reviewedImageIds());
    }

    /** The suggestions of still-unlabelled examples, in {@code order}. */
    List<Suggestion> suggestions(SuggestionOrder order) {
        return new SuggestionStore(project.store()).list(order, Integer.MAX_VALUE);
    }

    SuggestionAcceptance acceptance() {
        return new SuggestionAcceptance(project.store());
    }

    void saveMultiLabel(boolean on) {
        project.store().setSetting(MULTI_LABEL_SETTING, Boolean.toString(on));
    }
}
