package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.ClassStore;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Notifier;

/** The Label screen's view model without a toolkit: a real project on disk and a synchronous executor. */
class LabelViewModelTest {
    @TempDir
    Path temp;
    private Path folder;
    private ProjectSession session;
    private LabelViewModel model;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        folder = temp.resolve("project");
        ProjectStore store = LabellingFixture.projectWithImages(folder, 4);
        store.ensureLabelClass("cat");
        store.ensureLabelClass("dog");
        session = new ProjectSession(store);
        model = new LabelViewModel(TaskExecutor.direct(), Notifier.ofErrors((title, message) -> errors.add(title + ": " + message)));
        model.projectOpened(Optional.of(session));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private long image(int index) {
        return model.images().get(index).id();
    }

    private LabelClass labelClass(String name) {
        return model.classes().stream().map(u -> u.labelClass()).filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** What a fresh connection to the project file finds: the screen keeps nothing unsaved. */
    private <T> T reopened(Function<ProjectStore, T> read) {
        try (ProjectStore again = ProjectStore.open(folder)) {
            return read.apply(again);
        }
    }

    private List<String> tagsOnDisk(int index) {
        long id = image(index);
        return reopened(s -> {
            ClassStore classes = new ClassStore(s);
            return new AnnotationStore(s).ofImage(id).stream().map(a -> classes.usage().stream()
                    .filter(u -> u.labelClass().id() == a.classId()).findFirst().orElseThrow().labelClass().name()).toList();
        });
    }

    @Test
    void opensOnTheFirstImageAndMovesWithNextPreviousAndGoTo() {
        assertEquals(4, model.images().size());
        assertEquals(0, model.indexProperty().get());
        assertEquals(image(0), model.currentProperty().get().orElseThrow().id());
        model.previous();
        assertEquals(0, model.indexProperty().get(), "no image before the first");
        model.next();
        model.next();
        assertEquals(2, model.indexProperty().get());
        assertEquals(image(2), model.currentProperty().get().orElseThrow().id());
        model.goTo(3);
        model.next();
        assertEquals(3, model.indexProperty().get(), "no image after the last");
        model.goTo(9);
        assertEquals(3, model.indexProperty().get(), "no such place");
    }

    @Test
    void singleLabelKeysReplaceTheTagAdvanceAndAreSaved() {
        model.classKey(1);
        assertEquals(1, model.indexProperty().get(), "auto-advance");
        model.previous();
        model.classKey(2);
        assertEquals(List.of("dog"), tagsOnDisk(0), "the new tag replaced the old");
        assertEquals(1, model.progressProperty().get().labelled());
        assertEquals(ImageStatus.LABELLED, model.statusOf(model.images().get(0)));
        assertEquals(ImageStatus.UNLABELLED, model.statusOf(model.images().get(1)));
        model.autoAdvanceProperty().set(false);
        model.classKey(2);
        assertEquals(1, model.indexProperty().get());
        assertEquals(1, model.annotations().size());
        assertEquals(List.of(), errors);
    }

    @Test
    void aKeyWithNoClassSaysSoAndSavesNothing() {
        model.classKey(7);
        assertEquals("No class has key 7; there are 2.", model.statusProperty().get());
        assertEquals(List.of(), tagsOnDisk(0));
        assertEquals(0, model.indexProperty().get());
    }

    @Test
    void multiLabelKeysToggleAndTheModeIsAProjectSetting() {
        model.multiLabelProperty().set(true);
        model.classKey(1);
        model.classKey(2);
        assertEquals(0, model.indexProperty().get(), "toggling tags does not move on");
        assertEquals(List.of("cat", "dog"), tagsOnDisk(0));
        model.classKey(1);
        assertEquals(List.of("dog"), tagsOnDisk(0));
        assertEquals("true", reopened(s -> s.setting(LabelViewModel.MULTI_LABEL_SETTING, "false")));

        LabelViewModel later = new LabelViewModel(TaskExecutor.direct(), Notifier.SILENT);
        later.projectOpened(Optional.of(session));
        assertTrue(later.multiLabelProperty().get(), "read back when the project opens");
    }

    @Test
    void undoAndRedoWalkTheEditsBackAndForthOnDisk() {
        model.autoAdvanceProperty().set(false);
        model.classKey(1);
        model.classKey(2);
        assertEquals("Undo Tag as dog", model.undoTextProperty().get());
        model.undo();
        assertEquals(List.of("cat"), tagsOnDisk(0));
        assertEquals("Redo Tag as dog", model.redoTextProperty().get());
        model.undo();
        assertEquals(List.of(), tagsOnDisk(0));
        assertEquals(ImageStatus.UNLABELLED, model.statusOf(model.images().get(0)));
        assertEquals("", model.undoTextProperty().get());
        model.redo();
        model.redo();
        assertEquals(List.of("dog"), tagsOnDisk(0));
        assertEquals(List.of("dog"), model.annotations().stream().map(a -> model.usageOf(a.classId()).orElseThrow()
                .labelClass().name()).toList(), "the screen shows what is stored");
    }

    @Test
    void drawnBoxIsClippedSelectedNudgedAndDeletedWithUndoBringingItBack() {
        model.toolProperty().set(Tool.BOX);
        model.addBox(new Shape.Box(600, 400, 700, 500));
        Annotation box = model.selectedAnnotation().orElseThrow();
        assertEquals(new Shape.Box(600, 400, 640, 480), box.shape(), "clipped to the 640 x 480 image");
        model.nudge(5, 0);
        assertEquals(new Shape.Box(600, 400, 640, 480), model.selectedAnnotation().orElseThrow().shape(),
                "a nudged box keeps its size at the edge");
        model.nudge(-10, -10);
        assertEquals(new Shape.Box(590, 390, 630, 470), model.selectedAnnotation().orElseThrow().shape());
        model.applyClass(labelClass("dog"));
        assertEquals(labelClass("dog").id(), model.selectedAnnotation().orElseThrow().classId(), "a key re-classes the selection");
        model.deleteSelected();
        assertTrue(model.annotations().isEmpty());
        assertEquals(0, model.selectedProperty().get());
        model.undo();
        assertEquals(box.id(), model.annotations().get(0).id(), "undo brings the same box back");
        assertEquals(new Shape.Box(590, 390, 630, 470), reopened(s -> new AnnotationStore(s).byId(box.id())).orElseThrow().shape());
    }

    @Test
    void polygonsNeedThreePointsAndKeepThree() {
        model.toolProperty().set(Tool.POLYGON);
        model.addPolygon(List.of(new Point(1, 1), new Point(5, 1)));
        assertEquals("A polygon needs at least 3 points.", model.statusProperty().get());
        model.addPolygon(List.of(new Point(1, 1), new Point(50, 1), new Point(50, 50), new Point(1, 50)));
        long id = model.selectedProperty().get();
        model.deleteVertex(id, 3);
        assertEquals(3, ((Shape.Polygon) model.selectedAnnotation().orElseThrow().shape()).points().size());
        assertEquals("", model.statusProperty().get(), "a saved edit clears the status line");
        model.deleteVertex(id, 0);
        assertTrue(model.statusProperty().get().startsWith("A polygon keeps at least 3 points"));
    }

    @Test
    void reviewModeWalksLabelledImagesAndReviewMovesOn() {
        model.classKey(1);
        model.next();
        model.classKey(2);
        model.reviewModeProperty().set(true);
        assertEquals(2, model.images().size(), "only the labelled images");
        assertEquals(image(0), model.currentProperty().get().orElseThrow().id());
        model.toggleReviewed();
        assertEquals(1, model.indexProperty().get(), "review moves on");
        assertEquals(ImageStatus.REVIEWED, model.statusOf(model.images().get(0)));
        assertEquals(1, model.progressProperty().get().reviewed());
        long reviewed = image(0);
        boolean onDisk = reopened(s -> new AnnotationStore(s).isReviewed(reviewed));
        assertTrue(onDisk);
        model.reviewModeProperty().set(false);
        assertEquals(4, model.images().size());
    }

    @Test
    void nextUnlabelledSkipsLabelledImagesAndSaysWhenNoneIsLeft() {
        model.autoAdvanceProperty().set(false);
        model.goTo(1);
        model.classKey(1);
        model.goTo(0);
        model.nextUnlabelled();
        assertEquals(2, model.indexProperty().get());
        for (int i = 0; i < 4; i++) {
            model.goTo(i);
            model.classKey(1);
        }
        model.nextUnlabelled();
        assertEquals("Every image has a label.", model.statusProperty().get());
    }

    @Test
    void classesAreCreatedRenamedRecolouredMergedAndDeletedWithUndo() {
        model.createClass("bird");
        assertEquals("bird", model.activeClassProperty().get().orElseThrow().name(), "a new class becomes active");
        model.createClass("Bird");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Cannot create the class"));

        model.autoAdvanceProperty().set(false);
        model.classKey(3);
        model.renameClass(labelClass("bird"), "parrot");
        model.recolourClass(labelClass("parrot"), "#123456");
        assertEquals("#123456", reopened(s -> new ClassStore(s).usage()).get(2).labelClass().color());
        model.mergeClass(labelClass("parrot"), labelClass("cat"));
        assertEquals(List.of("cat", "dog"), model.classes().stream().map(u -> u.labelClass().name()).toList());
        assertEquals(List.of("cat"), tagsOnDisk(0));
        model.undo();
        assertEquals(List.of("parrot"), tagsOnDisk(0), "undoing a merge restores the class and its labels");
        model.deleteClass(labelClass("parrot"));
        assertEquals(List.of(), tagsOnDisk(0));
        assertEquals(2, model.classes().size());
        model.undo();
        assertEquals(1, model.usageOf(labelClass("parrot").id()).orElseThrow().images());
        model.renameClass(labelClass("parrot"), " ");
        assertEquals(2, errors.size(), "a blank name is refused: " + errors);
        assertEquals(List.of("parrot"), tagsOnDisk(0));
    }

    @Test
    void drawingWithNoClassSaysWhatToDo() {
        ProjectStore empty = LabellingFixture.projectWithImages(temp.resolve("empty"), 1);
        try (ProjectSession other = new ProjectSession(empty)) {
            model.projectOpened(Optional.of(other));
            model.addBox(new Shape.Box(1, 1, 50, 50));
            assertEquals("Create a class first (+ in the class panel); then draw.", model.statusProperty().get());
            model.classKey(1);
            assertEquals("Create a class first (+ in the class panel).", model.statusProperty().get());
            model.projectOpened(Optional.empty());
        }
        assertTrue(model.images().isEmpty());
        assertTrue(model.currentProperty().get().isEmpty());
    }

    @Test
    void aNewProjectStartsWithAnEmptyUndoHistory() {
        model.classKey(1);
        model.projectOpened(Optional.of(session));
        assertEquals("", model.undoTextProperty().get());
        assertEquals(1, model.progressProperty().get().labelled());
    }

    private List<String> tagNames() {
        return model.labels().tags().stream().map(LabelClass::name).toList();
    }

    @Test
    void theImagesTagsAreListedAndFollowKeysUndoAndRedo() {
        model.autoAdvanceProperty().set(false);
        assertEquals(List.of(), tagNames());
        model.classKey(1);
        assertEquals(List.of("cat"), tagNames());
        model.classKey(2);
        assertEquals(List.of("dog"), tagNames(), "single-label: the new tag replaced the old");
        model.undo();
        assertEquals(List.of("cat"), tagNames());
        model.redo();
        assertEquals(List.of("dog"), tagNames());
        model.multiLabelProperty().set(true);
        model.classKey(1);
        assertEquals(List.of("dog", "cat"), tagNames());
        model.renameClass(labelClass("cat"), "kitten");
        assertEquals(List.of("dog", "kitten"), tagNames(), "a renamed class shows its new name");
        model.next();
        assertEquals(List.of(), tagNames(), "another image, its own tags");
    }

    @Test
    void aNewBoxTakesTheChosenClassNeverTheLastTagOrReclass() {
        model.autoAdvanceProperty().set(false);
        model.classKey(2);
        assertEquals("cat", model.activeClassProperty().get().orElseThrow().name(), "tagging the image leaves it");
        model.toolProperty().set(Tool.BOX);
        model.addBox(new Shape.Box(10, 10, 60, 50));
        Annotation box = model.selectedAnnotation().orElseThrow();
        assertEquals(labelClass("cat").id(), box.classId());
        model.classKey(2);
        assertEquals(labelClass("dog").id(), model.selectedAnnotation().orElseThrow().classId(), "the box just drawn");
        assertEquals("cat", model.activeClassProperty().get().orElseThrow().name(), "re-classing a box leaves it");
        assertEquals("Undo Change class to dog", model.undoTextProperty().get(), "one step of its own");
        model.undo();
        assertEquals(labelClass("cat").id(), model.selectedAnnotation().orElseThrow().classId());
        assertEquals(1, model.labels().regions().size(), "the box stays; the next undo takes it");

        model.selectedProperty().set(0);
        model.classKey(2);
        assertEquals("dog", model.activeClassProperty().get().orElseThrow().name(), "a key with nothing selected");
        model.addBox(new Shape.Box(100, 100, 150, 150));
        assertEquals(labelClass("dog").id(), model.selectedAnnotation().orElseThrow().classId());
        assertEquals(List.of("dog"), tagNames(), "the image's tag is untouched by drawing");
    }

    @Test
    void theRegionsListSelectsReclassesAndDeletesWithUndo() {
        model.toolProperty().set(Tool.BOX);
        model.addBox(new Shape.Box(10, 20, 50, 50));
        long box = model.selectedProperty().get();
        model.addPolygon(List.of(new Point(100, 100), new Point(200, 100), new Point(150, 180)));
        long polygon = model.selectedProperty().get();
        ShownLabels labels = model.labels();
        assertEquals(List.of("cat  box  40 x 30 px", "cat  polygon  3 points, 100 x 80 px"),
                labels.regions().stream().map(ShownLabels.RegionRow::text).toList());

        labels.select(box);
        assertEquals(box, model.selectedProperty().get());
        labels.reclass(polygon, labelClass("dog"));
        assertEquals("dog", labels.regions().get(1).labelClass().name());
        assertEquals(polygon, model.selectedProperty().get(), "the re-classed region is selected");
        labels.delete(box);
        assertEquals(List.of(polygon), labels.regions().stream().map(ShownLabels.RegionRow::id).toList());
        assertEquals(0, model.selectedProperty().get());
        model.undo();
        assertEquals(List.of(box, polygon), labels.regions().stream().map(ShownLabels.RegionRow::id).toList());
        labels.select(12345);
        assertEquals(0, model.selectedProperty().get(), "no such region: nothing selected");
        assertEquals(List.of(), errors);
    }

    @Test
    void theQueueKeySaysWhyWhenNothingIsSuggested() {
        model.suggestions().toggleQueue();
        assertFalse(model.suggestions().queueProperty().get());
        assertEquals("No suggestions to queue yet: Suggest... asks a trained run for them.", model.statusProperty().get());
    }
}
