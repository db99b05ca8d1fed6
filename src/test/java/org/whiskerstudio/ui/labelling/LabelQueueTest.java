package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Notifier;

/** The store work of the Label screen runs later, in order: what the screen shows before and after it lands. */
class LabelQueueTest {
    @TempDir
    Path temp;
    private ProjectSession session;
    private AnnotationStore store;
    private final DeferredExecutor executor = new DeferredExecutor();
    private LabelViewModel model;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        ProjectStore project = LabellingFixture.projectWithImages(temp.resolve("p"), 3);
        project.ensureLabelClass("cat");
        session = new ProjectSession(project);
        store = new AnnotationStore(project);
        model = new LabelViewModel(executor, Notifier.ofErrors((title, message) -> errors.add(title + ": " + message)));
        model.projectOpened(Optional.of(session));
        executor.runAll();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theScreenChangesOnlyOnceTheEditIsSaved() {
        model.classKey(1);
        assertEquals(1, executor.held(), "the save waits for the executor");
        assertTrue(model.busy());
        assertTrue(model.annotations().isEmpty(), "nothing is shown as done before it is stored");
        assertEquals(0, model.indexProperty().get());
        executor.runAll();
        assertFalse(model.busy());
        assertEquals(1, store.ofImage(model.images().get(0).id()).size());
        assertEquals(1, model.indexProperty().get());
    }

    @Test
    void keysPressedFasterThanTheStoreAreKeptInOrder() {
        model.classKey(1);
        model.classKey(1);
        model.previous();
        model.undo();
        assertEquals(1, executor.held(), "one job at a time: later ones are planned when their turn comes");
        executor.runAll();
        assertEquals(1, store.ofImage(model.images().get(0).id()).size(), "the first key tagged the first image");
        assertEquals(0, store.ofImage(model.images().get(1).id()).size(), "the second key tagged the next one, then undone");
        assertEquals(1, model.indexProperty().get(), "two moves on, one back");
        assertTrue(model.annotations().isEmpty(), "the undo shows on the image it changed");
        assertEquals("Redo Tag as cat", model.redoTextProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aFailedEditIsReportedAndTheWorkAfterItStillRuns() {
        model.renameClass(model.classes().get(0).labelClass(), " ");
        model.classKey(1);
        executor.runAll();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("The change was not saved: "), errors.get(0));
        assertEquals(1, store.ofImage(model.images().get(0).id()).size());
        assertEquals("Undo Tag as cat", model.undoTextProperty().get(), "the failed edit is not on the undo stack");
    }

    @Test
    void workForAProjectClosedMeanwhileIsDropped() {
        model.classKey(1);
        model.projectOpened(Optional.empty());
        executor.runAll();
        assertTrue(model.images().isEmpty());
        assertTrue(model.currentProperty().get().isEmpty(), "the old project's image does not come back");
        assertEquals(List.of(), errors);
    }
}
