package org.whiskerstudio.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.edit.ReplaceAnnotations;
import org.whiskerstudio.project.ProjectStore;

/** Accepting suggestions on the real store: tags marked with their run and probability, one undo for a bulk accept. */
class SuggestionAcceptanceTest {
    private static final Instant AT = Instant.parse("2026-12-06T22:00:00Z");
    private static final List<String> CLASSES = List.of("cat", "dog");

    @TempDir
    Path temp;
    private ProjectStore store;
    private AnnotationStore annotations;
    private LabelSources sources;
    private SuggestionAcceptance acceptance;
    private List<Long> free;
    private long cat;
    private long dog;

    @BeforeEach
    void open() {
        store = ProjectStore.create(temp.resolve("p"), "p");
        cat = store.ensureLabelClass("cat").id();
        dog = store.ensureLabelClass("dog").id();
        free = DatasetFixture.rows(store, "free", 4, "");
        SuggestionStoreTest.run(store, 3);
        annotations = new AnnotationStore(store);
        sources = new LabelSources(store);
        acceptance = new SuggestionAcceptance(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Suggestion suggest(int image, float catProbability) {
        return Suggestion.of(free.get(image), 3, CLASSES, new float[] {catProbability, 1 - catProbability}, AT);
    }

    private LabelSource sourceOfOnlyLabel(int image) {
        List<Annotation> labels = annotations.ofImage(free.get(image));
        assertEquals(1, labels.size());
        return sources.of(labels.get(0).id()).orElseThrow();
    }

    @Test
    void acceptingOneWritesItsClassTagMarkedWithTheRunAndProbability() {
        SuggestionAcceptance.Accepting accepting = acceptance.one(suggest(0, 0.25f)).orElseThrow();
        accepting.edit().execute();
        Annotation tag = annotations.ofImage(free.get(0)).get(0);
        assertEquals(dog, tag.classId());
        assertEquals(new Shape.Tag(), tag.shape());
        assertEquals(new LabelSource.Suggested(3, 0.75), sourceOfOnlyLabel(0));
        assertEquals(List.of(tag), accepting.edit().result());
    }

    @Test
    void acceptingAboveAThresholdTakesOnlyThoseAtOrAboveItAndLeavesLabelledExamplesAlone() {
        annotations.apply(List.of(), List.of(new Annotation(0, free.get(3), cat, new Shape.Tag(), Set.of())));
        SuggestionAcceptance.Accepting accepting = acceptance.atLeast(List.of(suggest(0, 0.95f), suggest(1, 0.9f),
                suggest(2, 0.6f), suggest(3, 0.99f)), 0.9).orElseThrow();
        assertEquals(2, accepting.count());
        accepting.edit().execute();
        assertEquals(new LabelSource.Suggested(3, 0.95f), sourceOfOnlyLabel(0));
        assertEquals(cat, annotations.ofImage(free.get(1)).get(0).classId());
        assertTrue(annotations.ofImage(free.get(2)).isEmpty());
        assertEquals(new LabelSource.Typed(), sourceOfOnlyLabel(3));
    }

    @Test
    void oneUndoTakesBackABulkAcceptAndRedoPutsItBackStillMarkedSuggested() {
        UndoStack stack = new UndoStack();
        stack.execute(acceptance.atLeast(List.of(suggest(0, 0.95f), suggest(1, 0.92f), suggest(2, 0.91f)), 0.9)
                .orElseThrow().edit());
        assertEquals(3, annotations.progress().labelled());
        assertEquals("Accept 3 suggestions", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(0, annotations.progress().labelled());
        stack.redo();
        assertEquals(3, annotations.progress().labelled());
        assertEquals(new LabelSource.Suggested(3, 0.92f), sourceOfOnlyLabel(1));
    }

    @Test
    void nothingToAcceptBelowTheThresholdOrForAClassTheProjectLacks() {
        Suggestion unknown = Suggestion.of(free.get(0), 3, List.of("bird", "cat"), new float[] {0.99f, 0.01f}, AT);
        assertTrue(acceptance.atLeast(List.of(suggest(1, 0.5f), unknown), 0.9).isEmpty());
    }

    @Test
    void aKeyThatOverridesAnAcceptedSuggestionMakesATypedLabelAndItsUndoBringsTheSuggestedOneBack() {
        UndoStack stack = new UndoStack();
        stack.execute(acceptance.one(suggest(0, 0.8f)).orElseThrow().edit());
        Annotation accepted = annotations.ofImage(free.get(0)).get(0);
        stack.execute(new ReplaceAnnotations(annotations, "Tag as dog", List.of(accepted),
                List.of(new Annotation(0, free.get(0), dog, new Shape.Tag(), Set.of()))));
        assertEquals(new LabelSource.Typed(), sourceOfOnlyLabel(0));
        stack.undo();
        assertEquals(accepted, annotations.ofImage(free.get(0)).get(0));
        assertEquals(new LabelSource.Suggested(3, 0.8f), sourceOfOnlyLabel(0));
    }

    @Test
    void acceptingStoredSuggestionsTakesThoseOfUnlabelledExamplesAtOrAboveThePoint() {
        new SuggestionStore(store).replaceAll(List.of(suggest(0, 0.97f), suggest(1, 0.05f), suggest(2, 0.7f)));
        List<Annotation> written = acceptance.acceptStored(0.9);
        assertEquals(2, written.size());
        LabelSource.Suggested source = (LabelSource.Suggested) sourceOfOnlyLabel(1);
        assertEquals(3, source.runId());
        assertEquals(0.95, source.probability(), 1e-6);
        assertEquals(1, new SuggestionStore(store).countUnlabelled());
    }
}
