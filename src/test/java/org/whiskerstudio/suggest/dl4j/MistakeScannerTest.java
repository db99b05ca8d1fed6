package org.whiskerstudio.suggest.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.LabelMistake;
import org.whiskerstudio.suggest.LabelMistakes;
import org.whiskerstudio.suggest.MistakeScan;
import org.whiskerstudio.training.dl4j.TrainedProjects;

/** A tiny dark/light project trained for real; then one dark training image is labelled "light" by mistake. */
@Tag("engine")
class MistakeScannerTest {
    @TempDir
    Path temp;

    @Test
    void aDeliberatelyWrongTrainingLabelIsFoundWithTheModelsClass() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            long runId = TrainedProjects.darkAndLight(store, 5, "").id();
            Map<Long, SubsetStore.Assignment> parts = new SubsetStore(store).all();
            Map<Long, String> labels = CurrentLabels.of(store);
            long wrong = labels.entrySet().stream().filter(e -> e.getValue().equals("dark")
                    && parts.get(e.getKey()).subset() == Subset.TRAIN).findFirst().orElseThrow().getKey();
            AnnotationStore annotations = new AnnotationStore(store);
            Annotation tag = annotations.ofImage(wrong).get(0);
            long light = store.ensureLabelClass("light").id();
            annotations.apply(List.of(tag.id()), List.of(tag.withClass(light)));

            List<Long> seen = new ArrayList<>();
            MistakeScan scan = new MistakeScanner().scan(store, runId, (done, total, message) -> seen.add(done),
                    new Cancellation()).orElseThrow();
            long trainAndValidation = parts.values().stream().filter(a -> a.subset() != Subset.TEST).count();
            assertEquals(trainAndValidation, scan.probabilities().size(), "every train and validation image scored");
            assertTrue(scan.probabilities().keySet().stream().noneMatch(id -> parts.get(id).subset() == Subset.TEST));
            assertTrue(seen.contains(trainAndValidation), "progress reaches the last image: " + seen);

            List<LabelMistake> found = new LabelMistakes(store).list(scan, 0.5);
            LabelMistake first = found.get(0);
            assertEquals(wrong, first.imageId(), "the wrong label is the one the model is surest of: " + found);
            assertEquals("light", first.label());
            assertEquals("dark", first.predicted());
            assertTrue(first.probability() >= 0.5);
        }
    }

    @Test
    void aCancelledScanGivesNothing() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("q"), "q")) {
            long runId = TrainedProjects.darkAndLight(store, 1, "").id();
            Cancellation cancelled = new Cancellation();
            cancelled.cancel();
            assertTrue(new MistakeScanner().scan(store, runId, Progress.NONE, cancelled).isEmpty());
        }
    }
}
