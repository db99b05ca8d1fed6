package org.whiskerstudio.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.edit.UndoStack;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectStore;

/** The list of possible label mistakes from given probabilities: order, threshold, parts, Keep. */
class LabelMistakesTest {
    private static final List<String> CLASSES = List.of("cat", "dog");

    @TempDir
    Path temp;
    private ProjectStore store;
    private LabelMistakes mistakes;
    private List<Long> cats;
    private List<Long> dogs;

    @BeforeEach
    void open() {
        store = ProjectStore.create(temp.resolve("p"), "p");
        cats = DatasetFixture.rows(store, "cat", 4, "cat");
        dogs = DatasetFixture.rows(store, "dog", 2, "dog");
        SuggestionStoreTest.run(store, 7);
        // cats 0-1 train, cat 2 validation, cat 3 test; dogs train.
        new SubsetStore(store).recordFromDataset(Map.of(cats.get(0), Subset.TRAIN, cats.get(1), Subset.TRAIN,
                cats.get(2), Subset.VALIDATION, cats.get(3), Subset.TEST, dogs.get(0), Subset.TRAIN,
                dogs.get(1), Subset.TRAIN));
        mistakes = new LabelMistakes(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Every image scored: the cats as dogs with the given p (cats.get(i) gets dogP[i]), the dogs as dogs. */
    private MistakeScan scan(float... dogP) {
        Map<Long, float[]> p = new HashMap<>();
        for (int i = 0; i < cats.size(); i++) {
            p.put(cats.get(i), new float[] {1 - dogP[i], dogP[i]});
        }
        dogs.forEach(d -> p.put(d, new float[] {0.01f, 0.99f}));
        return new MistakeScan(7, CLASSES, p, List.of());
    }

    private List<Long> listed(MistakeScan scan, double threshold) {
        return mistakes.list(scan, threshold).stream().map(LabelMistake::imageId).toList();
    }

    @Test
    void confidentDisagreementsOfTrainingAndValidationComeMostConfidentFirst() {
        List<LabelMistake> list = mistakes.list(scan(0.91f, 0.97f, 0.95f, 0.99f), 0.9);
        // cats.get(3) is in the test part: never listed, however sure the run is.
        assertEquals(List.of(cats.get(1), cats.get(2), cats.get(0)), list.stream().map(LabelMistake::imageId).toList());
        LabelMistake first = list.get(0);
        assertEquals("cat", first.label());
        assertEquals("dog", first.predicted());
        assertEquals(0.97, first.probability(), 1e-6);
    }

    @Test
    void aPointOfAnotherClassLeavesAnImageListableAsItsTag() {
        long eye = store.ensureLabelClass("eye").id();
        new AnnotationStore(store).apply(List.of(), List.of(new Annotation(0, cats.get(1), eye,
                new Shape.Dot(new Point(1, 1)), Set.of())));

        assertEquals(List.of(cats.get(1), cats.get(2), cats.get(0)), listed(scan(0.91f, 0.97f, 0.95f, 0.99f), 0.9),
                "a keypoint gives the image no second class");
    }

    @Test
    void theThresholdLeavesOutLessConfidentDisagreements() {
        MistakeScan scan = scan(0.91f, 0.6f, 0.95f, 0.99f);
        assertEquals(List.of(cats.get(2), cats.get(0)), listed(scan, 0.9));
        assertEquals(List.of(cats.get(2)), listed(scan, 0.93));
        assertEquals(List.of(cats.get(2), cats.get(0), cats.get(1)), listed(scan, 0.5));
    }

    @Test
    void aKeptLabelStaysOffTheListUntilTheLabelChanges() {
        MistakeScan scan = scan(0.91f, 0.97f, 0.95f, 0.99f);
        long kept = cats.get(1);
        mistakes.keep(new KeptLabel(kept, "cat", 7));
        assertEquals(List.of(cats.get(2), cats.get(0)), listed(scan, 0.9));
        relabel(kept, "dog");
        relabel(kept, "cat");
        assertEquals(List.of(cats.get(2), cats.get(0)), listed(scan, 0.9), "back at the kept class, still kept");
        // Labelled "bird" now, a label the person did not keep: the run's "dog" at 0.97 lists it again.
        relabel(kept, "bird");
        assertEquals(List.of(kept, cats.get(2), cats.get(0)), listed(scan, 0.9));
        assertEquals("bird", mistakes.list(scan, 0.9).stream().filter(m -> m.imageId() == kept).findFirst()
                .orElseThrow().label());
    }

    @Test
    void undoingAKeepPutsTheExampleBackOnTheList() {
        MistakeScan scan = scan(0.91f, 0.97f, 0.95f, 0.99f);
        UndoStack undo = new UndoStack();
        undo.execute(new KeepLabel(mistakes, new KeptLabel(cats.get(0), "cat", 7)));
        assertEquals(List.of(cats.get(1), cats.get(2)), listed(scan, 0.9));
        assertEquals("Keep label cat", undo.undoDescription().orElseThrow());
        undo.undo();
        assertEquals(List.of(cats.get(1), cats.get(2), cats.get(0)), listed(scan, 0.9));
        assertEquals(List.of(), mistakes.kept(cats.get(0)).stream().toList());
    }

    @Test
    void anUnscoredOrUnlabelledImageIsNotListedAndAWrongThresholdIsRefused() {
        long free = DatasetFixture.rows(store, "free", 1, "").get(0);
        new SubsetStore(store).recordFromDataset(Map.of(free, Subset.TRAIN));
        Map<Long, float[]> p = new HashMap<>(scan(0.91f, 0.2f, 0.2f, 0.2f).probabilities());
        p.put(free, new float[] {0.0f, 1.0f});
        p.remove(cats.get(0));
        assertEquals(List.of(), mistakes.list(new MistakeScan(7, CLASSES, p, List.of()), 0.9));
        assertThrows(IllegalArgumentException.class, () -> mistakes.list(scan(0, 0, 0, 0), 1.5));
    }

    private void relabel(long imageId, String className) {
        AnnotationStore annotations = new AnnotationStore(store);
        long classId = store.ensureLabelClass(className).id();
        Annotation tag = annotations.ofImage(imageId).get(0);
        annotations.apply(List.of(tag.id()), List.of(tag.withClass(classId)));
    }
}
