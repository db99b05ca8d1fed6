package org.whiskerstudio.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.project.ProjectStore;

/** A lasso's selection or a named cluster labelled in one undoable edit, typed by the person. */
class MapLabellingTest {
    @TempDir
    Path temp;

    @Test
    void aSelectionIsLabelledInOneEditAndOneUndoTakesItBack() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            List<List<Long>> groups = MapFixture.threeGroups(store, 5);
            store.ensureLabelClass("red");
            store.ensureLabelClass("green");
            AnnotationStore annotations = new AnnotationStore(store);
            UndoStack undo = new UndoStack();
            undo.execute(MapLabelling.label(annotations, List.of(groups.get(1).get(0)), "green").orElseThrow());

            // The lasso caught the reds and, by mistake, one green already labelled.
            List<Long> selection = new ArrayList<>(groups.get(0));
            selection.add(groups.get(1).get(0));
            undo.execute(MapLabelling.label(annotations, selection, "red").orElseThrow());
            Map<Long, String> labels = CurrentLabels.of(store);
            selection.forEach(id -> assertEquals("red", labels.get(id)));
            assertEquals(Set.of(new LabelSource.Typed()), Set.copyOf(annotations.sources(
                    selection.stream().flatMap(id -> annotations.ofImage(id).stream()).map(Annotation::id).toList())
                    .values()));
            assertEquals("Label 6 examples as red", undo.undoDescription().orElseThrow());

            undo.undo();
            Map<Long, String> after = CurrentLabels.of(store);
            groups.get(0).forEach(id -> assertTrue(annotations.ofImage(id).isEmpty(), "unlabelled again"));
            assertEquals("green", after.get(groups.get(1).get(0)), "the earlier label is back");
            undo.redo();
            assertEquals("red", CurrentLabels.of(store).get(groups.get(0).get(2)));
        }
    }

    @Test
    void undoingKeepsAMadeClassThatLabelsGivenElsewhereUse() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            List<List<Long>> groups = MapFixture.threeGroups(store, 4);
            AnnotationStore annotations = new AnnotationStore(store);
            UndoStack undo = new UndoStack();
            undo.execute(MapLabelling.name(annotations, groups.get(0), "red").orElseThrow());
            // The Label screen's own stack labels another example with the new class.
            MapLabelling.label(annotations, List.of(groups.get(1).get(0)), "red").orElseThrow().execute();
            undo.undo();
            assertEquals(List.of("red"), store.labelClasses().stream().map(c -> c.name()).toList());
            assertEquals("red", CurrentLabels.of(store).get(groups.get(1).get(0)));
            groups.get(0).forEach(id -> assertTrue(annotations.ofImage(id).isEmpty()));
        }
    }

    @Test
    void namingAClusterCreatesItsClassAndLabelsEveryMember() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            List<List<Long>> groups = MapFixture.threeGroups(store, 4);
            AnnotationStore annotations = new AnnotationStore(store);
            UndoStack undo = new UndoStack();
            undo.execute(MapLabelling.name(annotations, groups.get(2), "  blue ").orElseThrow());
            assertEquals(List.of("blue"), store.labelClasses().stream().map(c -> c.name()).toList());
            groups.get(2).forEach(id -> assertEquals("blue", CurrentLabels.of(store).get(id)));
            undo.undo();
            groups.get(2).forEach(id -> assertTrue(annotations.ofImage(id).isEmpty()));
            assertEquals(List.of(), store.labelClasses(), "undo takes away the class it made, left empty");
            undo.redo();
            assertEquals(List.of("blue"), store.labelClasses().stream().map(c -> c.name()).toList());
            groups.get(2).forEach(id -> assertEquals("blue", CurrentLabels.of(store).get(id)));
            assertTrue(MapLabelling.name(annotations, groups.get(2), " ").isEmpty(), "a blank name labels nothing");
            assertTrue(MapLabelling.label(annotations, List.of(), "blue").isEmpty(), "nor does an empty selection");
            assertTrue(MapLabelling.label(annotations, groups.get(0), "purple").isEmpty(), "nor an unknown class");
        }
    }
}
