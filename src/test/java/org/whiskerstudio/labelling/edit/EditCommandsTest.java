package org.whiskerstudio.labelling.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.ClassStore;
import org.whiskerstudio.labelling.ClassUsage;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;

class EditCommandsTest {
    @TempDir
    Path temp;
    private ProjectStore project;
    private AnnotationStore annotations;
    private ClassStore classes;
    private final UndoStack stack = new UndoStack();
    private long image;
    private LabelClass cat;
    private LabelClass dog;

    @BeforeEach
    void setUp() {
        project = LabellingFixture.projectWithImages(temp.resolve("p"), 2);
        annotations = new AnnotationStore(project);
        classes = new ClassStore(project);
        image = LabellingFixture.imageId(project, 0);
        cat = classes.create("cat");
        dog = classes.create("dog");
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private Annotation box(double x) {
        return new Annotation(0, image, cat.id(), new Shape.Box(x, 0, x + 10, 10), Set.of());
    }

    @Test
    void addMoveUndoRedoKeepsTheSameAnnotationId() {
        ReplaceAnnotations add = ReplaceAnnotations.add(annotations, "Draw box", box(0));
        stack.execute(add);
        Annotation drawn = add.result().get(0);
        stack.execute(ReplaceAnnotations.change(annotations, "Move box", drawn, drawn.withShape(new Shape.Box(5, 0, 15, 10))));
        assertEquals(new Shape.Box(5, 0, 15, 10), annotations.ofImage(image).get(0).shape());

        stack.undo();
        assertEquals(new Shape.Box(0, 0, 10, 10), annotations.ofImage(image).get(0).shape());
        stack.undo();
        assertTrue(annotations.ofImage(image).isEmpty());
        stack.redo();
        stack.redo();
        Annotation back = annotations.ofImage(image).get(0);
        assertEquals(drawn.id(), back.id(), "redo restores the same id so later edits still apply");
        assertEquals(new Shape.Box(5, 0, 15, 10), back.shape());
        assertEquals("Move box", stack.undoDescription().orElseThrow());
    }

    @Test
    void aNewEditClearsRedo() {
        stack.execute(ReplaceAnnotations.add(annotations, "Draw box", box(0)));
        stack.undo();
        assertTrue(stack.canRedo());
        stack.execute(ReplaceAnnotations.add(annotations, "Draw box", box(20)));
        assertFalse(stack.canRedo());
    }

    @Test
    void deletingAClassRemovesItsLabelsAndUndoBringsThemAllBack() {
        stack.execute(ReplaceAnnotations.add(annotations, "Draw box", box(0)));
        stack.execute(ReplaceAnnotations.add(annotations, "Tag", new Annotation(0, image, cat.id(), new Shape.Tag(), Set.of())));
        List<Annotation> before = annotations.ofImage(image);

        stack.execute(ClassEdits.delete(classes, cat));
        assertTrue(annotations.ofImage(image).isEmpty());
        assertEquals(List.of("dog"), classes.usage().stream().map(u -> u.labelClass().name()).toList());

        stack.undo();
        assertEquals(before, annotations.ofImage(image));
        assertEquals(List.of("cat", "dog"), classes.usage().stream().map(u -> u.labelClass().name()).toList(),
                "the class comes back in its place");
    }

    @Test
    void mergeMovesLabelsDropsDoubledTagsAndUndoes() {
        Annotation catTag = new Annotation(0, image, cat.id(), new Shape.Tag(), Set.of());
        Annotation dogTag = new Annotation(0, image, dog.id(), new Shape.Tag(), Set.of());
        annotations.apply(List.of(), List.of(catTag, dogTag, box(0)));
        List<Annotation> before = annotations.ofImage(image);

        stack.execute(ClassEdits.merge(classes, cat, dog));
        List<ClassUsage> usage = classes.usage();
        assertEquals(1, usage.size());
        assertEquals(2, usage.get(0).annotations(), "one dog tag (not two) and the box");

        stack.undo();
        assertEquals(before, annotations.ofImage(image));
    }

    @Test
    void undoingADeletePutsTheLabelBackWithItsSource() {
        Annotation tag = annotations.apply(List.of(), List.of(new Annotation(0, image, cat.id(), new Shape.Tag(),
                Set.of()))).get(0);
        LabelSources sources = new LabelSources(project);
        sources.mark(List.of(tag.id()), new LabelSource.Imported("coco"));
        stack.execute(ReplaceAnnotations.remove(annotations, "Delete tag", List.of(tag)));
        stack.undo();
        assertEquals(new LabelSource.Imported("coco"), sources.of(tag.id()).orElseThrow());
    }

    @Test
    void undoingAReclassPutsTheSuggestedSourceBackAndRedoMakesItTypedAgain() {
        Annotation tag = annotations.apply(List.of(), List.of(new Annotation(0, image, cat.id(), new Shape.Tag(),
                Set.of())), List.of(new LabelSource.Suggested(4, 0.9))).get(0);
        LabelSources sources = new LabelSources(project);
        stack.execute(ReplaceAnnotations.change(annotations, "Change class to dog", tag, tag.withClass(dog.id())));
        assertEquals(new LabelSource.Typed(), sources.of(tag.id()).orElseThrow());
        stack.undo();
        assertEquals(new LabelSource.Suggested(4, 0.9), sources.of(tag.id()).orElseThrow());
        stack.redo();
        assertEquals(new LabelSource.Typed(), sources.of(tag.id()).orElseThrow());
    }

    @Test
    void undoingAClassDeletePutsItsLabelsBackWithTheirSources() {
        Annotation tag = annotations.apply(List.of(), List.of(new Annotation(0, image, cat.id(), new Shape.Tag(),
                Set.of())), List.of(new LabelSource.Generated(2))).get(0);
        stack.execute(ClassEdits.delete(classes, cat));
        stack.undo();
        assertEquals(new LabelSource.Generated(2), new LabelSources(project).of(tag.id()).orElseThrow());
    }

    @Test
    void renameAndRecolourUndo() {
        stack.execute(ClassEdits.rename(classes, cat, "kitten"));
        stack.execute(ClassEdits.recolour(classes, cat, "#00FF00"));
        assertEquals("kitten", project.labelClasses().get(0).name());
        assertEquals("#00ff00", project.labelClasses().get(0).color());
        stack.undo();
        stack.undo();
        assertEquals(cat, project.labelClasses().get(0));
    }

    @Test
    void reviewMarkIsUndoable() {
        stack.execute(new SetReviewed(annotations, image, true));
        assertTrue(annotations.isReviewed(image));
        stack.undo();
        assertFalse(annotations.isReviewed(image));
    }
}
