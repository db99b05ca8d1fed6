package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.SuggestionFixture;

/** {@code whisker suggest PROJECT --accept-above P} on stored suggestions (no model needed). */
class SuggestAcceptCommandTest {
    @TempDir
    Path temp;

    private static int run(StringWriter out, StringWriter err, String... args) {
        return WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void acceptingAboveAPointLabelsThoseExamplesAsSuggestedAndSaysHowMany() {
        Path folder = temp.resolve("p");
        List<Long> images;
        try (ProjectStore store = ProjectStore.create(folder, "p")) {
            store.ensureLabelClass("cat");
            store.ensureLabelClass("dog");
            images = DatasetFixture.rows(store, "free", 3, "");
            SuggestionFixture.store(store, 5, List.of("cat", "dog"), images,
                    List.of(new float[] {0.96f, 0.04f}, new float[] {0.5f, 0.5f}, new float[] {0.02f, 0.98f}));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "suggest", folder.toString(), "--accept-above", "0.95"), err.toString());
        assertTrue(out.toString().startsWith("Accepted 2 suggestions at or above 0.95"), out.toString());
        try (ProjectStore store = ProjectStore.open(folder)) {
            long label = new AnnotationStore(store).ofImage(images.get(2)).get(0).id();
            LabelSource.Suggested source = (LabelSource.Suggested) new LabelSources(store).of(label).orElseThrow();
            assertEquals(5, source.runId());
            assertEquals(0.98, source.probability(), 1e-6);
            assertTrue(new AnnotationStore(store).ofImage(images.get(1)).isEmpty());
        }
    }

    @Test
    void aPointOutsideZeroToOneIsRefused() {
        Path folder = temp.resolve("q");
        ProjectStore.create(folder, "q").close();
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "suggest", folder.toString(), "--accept-above", "1.5"));
        assertTrue(err.toString().contains("--accept-above must be between 0 and 1"), err.toString());
    }
}
