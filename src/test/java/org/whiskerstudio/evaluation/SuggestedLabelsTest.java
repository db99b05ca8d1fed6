package org.whiskerstudio.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.project.ProjectStore;

/** Test labels accepted from suggestions are counted, by run, from the project's label provenance. */
class SuggestedLabelsTest {
    @TempDir
    Path temp;

    private static Evaluation evaluation(String data, List<Long> imageIds) {
        List<ScoredExample> ps = imageIds.stream()
                .map(id -> ScoredExample.of(id, "h" + id, 0, new float[] {0.6f, 0.4f})).toList();
        return new Evaluation(1, "LeNet #1", data, "2026-01-01T00:00:00Z", List.of("Shirt", "T-shirt"), ps, List.of());
    }

    private static void mark(ProjectStore store, List<Long> imageIds, LabelSource source) {
        AnnotationStore annotations = new AnnotationStore(store);
        List<Long> ids = imageIds.stream().flatMap(id -> annotations.ofImage(id).stream()).map(Annotation::id).toList();
        new LabelSources(store).mark(ids, source);
    }

    @Test
    void countsTheTestExamplesWhoseLabelWasASuggestionAndNamesTheRuns() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            List<Long> shirts = DatasetFixture.rows(store, "s", 4, "Shirt");
            List<Long> other = DatasetFixture.rows(store, "o", 2, "Shirt");
            mark(store, shirts.subList(0, 2), new LabelSource.Suggested(3, 0.95));
            mark(store, shirts.subList(2, 3), new LabelSource.Suggested(5, 0.7));
            // Suggested, but not in the evaluation: not counted.
            mark(store, other, new LabelSource.Suggested(9, 0.9));

            SuggestedLabels counted = SuggestedLabels.of(store, evaluation(TestPartCurrency.TEST_PART, shirts));

            assertEquals(new SuggestedLabels(3, 4, List.of(3L, 5L)), counted);
            assertEquals(Optional.of("3 of 4 test labels were accepted suggestions (runs 3, 5): these flatter the model"),
                    counted.warning());
        }
    }

    @Test
    void typedImportedAndGeneratedLabelsAndOtherDataGiveNoWarning() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            List<Long> shirts = DatasetFixture.rows(store, "s", 3, "Shirt");
            mark(store, shirts.subList(0, 1), new LabelSource.Typed());
            mark(store, shirts.subList(1, 2), new LabelSource.Generated(2));

            assertEquals(Optional.empty(), SuggestedLabels.of(store, evaluation(TestPartCurrency.TEST_PART, shirts))
                    .warning());
            mark(store, shirts, new LabelSource.Suggested(3, 0.9));
            assertEquals(SuggestedLabels.none(), SuggestedLabels.of(store, evaluation("project /data/other", shirts)));
        }
    }

    @Test
    void oneSuggestedLabelIsSaidInTheSingular() {
        assertEquals(Optional.of("1 of 300 test labels was an accepted suggestion (run 3): it flatters the model"),
                new SuggestedLabels(1, 300, List.of(3L)).warning());
    }
}
