package org.whiskerstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

class ClassificationDataTest {
    @TempDir
    Path temp;

    @Test
    void examplesAreImagesWithExactlyOneClassAndTheRestAreCounted() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            store.ensureLabelClass("Unused");
            DatasetFixture.rows(store, "coat", 20, "Coat");
            List<Long> bags = DatasetFixture.rows(store, "bag", 20, "Bag");
            DatasetFixture.rows(store, "none", 4, "");
            long coat = store.labelClasses().stream().filter(c -> c.name().equals("Coat")).findFirst().orElseThrow().id();
            // A box of another class on a tagged bag: two classes, so no single answer to learn.
            new AnnotationStore(store).apply(List.of(), List.of(new Annotation(0, bags.get(0), coat,
                    new Shape.Box(1, 1, 3, 3), Set.of())));
            ClassificationData data = new ClassificationDataReader(store).read();
            assertEquals(List.of("Coat", "Bag"), data.classes(), "project order, only classes with examples");
            assertEquals(39, data.examples().size());
            assertEquals(4, data.unlabelled());
            assertEquals(1, data.severalClasses());
            assertTrue(data.canTrain());
        }
    }

    @Test
    void readingAllExamplesAddsTheUnlabelledOnesWithAPartOfTheSplitAndLeavesTheLabelledAsTheyWere() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            DatasetFixture.rows(store, "coat", 20, "Coat");
            List<Long> unlabelled = DatasetFixture.rows(store, "none", 40, "");
            ClassificationData labelled = new ClassificationDataReader(store).read();

            ClassificationData all = new ClassificationDataReader(store).readAll();

            assertEquals(60, all.examples().size());
            assertEquals(40, all.withoutClass());
            assertEquals(0, all.unlabelled());
            assertEquals(List.of("Coat"), all.classes());
            assertTrue(all.canTrain(), "no classes are needed to learn without labels: " + all.errors());
            List<ClassificationData.Example> none = all.examples().stream()
                    .filter(e -> unlabelled.contains(e.imageId())).toList();
            assertTrue(none.stream().allMatch(e -> e.classIndex() == ClassificationData.NO_CLASS
                    && all.className(e).isEmpty()));
            assertEquals(32, none.stream().filter(e -> e.subset() == Subset.TRAIN).count(), "the 80/10/10 split");
            assertEquals(4, none.stream().filter(e -> e.subset() == Subset.VALIDATION).count());
            assertEquals(labelled.examples(), new ClassificationDataReader(store).read().examples(),
                    "the labelled examples keep their parts");
            assertFalse(new ClassificationDataReader(store).read().canTrain(), "a classifier still needs two classes");
        }
    }

    @Test
    void aProjectWithoutExamplesHasNothingToLearnEvenWithoutLabels() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            assertEquals(List.of("The project has no examples to learn from."),
                    new ClassificationDataReader(store).readAll().errors());
        }
    }

    @Test
    void aClassWithFewTrainingImagesGetsAWarningSentence() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            DatasetFixture.rows(store, "coat", 60, "Coat");
            DatasetFixture.rows(store, "bag", 4, "Bag");
            ClassificationData data = new ClassificationDataReader(store).read();
            assertTrue(data.warnings().contains("Class Bag has only 3 training images; aim for 50 or more."),
                    data.warnings().toString());
            assertTrue(data.warnings().stream().noneMatch(w -> w.startsWith("Class Coat has only")));
        }
    }

    @Test
    void aClassMissingFromValidationOrTestIsWarnedAbout() {
        List<ClassificationData.Example> examples = List.of(
                new ClassificationData.Example(1, "a", Path.of("a"), 0, Subset.TRAIN),
                new ClassificationData.Example(2, "b", Path.of("b"), 0, Subset.VALIDATION),
                new ClassificationData.Example(3, "c", Path.of("c"), 1, Subset.TRAIN));
        List<String> warnings = ClassificationDataReader.warnings(List.of("Coat", "Bag"), examples, MediaKind.IMAGE);
        assertTrue(warnings.contains("Class Bag has no validation images, so its validation accuracy is unknown."));
        assertTrue(warnings.contains("The project has no test images, so the final accuracy cannot be measured on unseen data."));
        assertFalse(warnings.stream().anyMatch(w -> w.startsWith("Class Coat has no validation")));
    }

    @Test
    void aSeriesProjectsWarningsNameSeries() {
        List<ClassificationData.Example> examples = List.of(
                new ClassificationData.Example(1, "a", Path.of("a"), 0, Subset.TRAIN),
                new ClassificationData.Example(2, "b", Path.of("b"), 1, Subset.VALIDATION));
        List<String> warnings = ClassificationDataReader.warnings(List.of("normal", "event"), examples,
                MediaKind.SERIES);
        assertTrue(warnings.contains("Class event has only 0 training series; aim for "
                + ClassificationDataReader.ENOUGH_TRAINING_IMAGES + " or more."), warnings.toString());
        assertTrue(warnings.contains("The project has no test series, so the final accuracy cannot be measured on "
                + "unseen data."), warnings.toString());
        assertFalse(warnings.stream().anyMatch(w -> w.contains("image")), warnings.toString());
    }

    @Test
    void noValidationPartIsWarnedAboutOnce() {
        List<ClassificationData.Example> examples = List.of(
                new ClassificationData.Example(1, "a", Path.of("a"), 0, Subset.TRAIN),
                new ClassificationData.Example(2, "b", Path.of("b"), 1, Subset.TEST));
        List<String> warnings = ClassificationDataReader.warnings(List.of("Coat", "Bag"), examples, MediaKind.IMAGE);
        assertEquals(1, warnings.stream().filter(w -> w.contains("validation")).count(), warnings.toString());
    }

    @Test
    void fewerThanTwoClassesIsAnErrorNotAWarning() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            DatasetFixture.rows(store, "coat", 20, "Coat");
            ClassificationData data = new ClassificationDataReader(store).read();
            assertFalse(data.canTrain());
            assertEquals(List.of("Training needs labelled examples of at least 2 classes (each with exactly one "
                    + "class); the project has only Coat."), data.errors());
        }
    }
}
