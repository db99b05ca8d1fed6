package org.whiskerstudio.suggest.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.suggest.SuggestionOrder;
import org.whiskerstudio.suggest.SuggestionStore;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.dl4j.TrainedProjects;

/** A tiny dark/light project trained for real, then asked to suggest labels for new unlabelled images. */
@Tag("engine")
class SuggesterTest {
    @TempDir
    static Path temp;
    private static Path project;
    private static long runId;
    private static long dark;
    private static long light;

    @BeforeAll
    static void train() {
        project = temp.resolve("p");
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            runId = TrainedProjects.darkAndLight(store, 5, "").id();
            dark = DatasetFixture.unlabelledFile(store, DatasetFixture.png(8, 8, new Color(5, 5, 5)));
            light = DatasetFixture.unlabelledFile(store, DatasetFixture.png(8, 8, new Color(250, 250, 250)));
        }
    }

    @Test
    void everyUnlabelledImageGetsTheModelsSuggestionStoredWithTheRun() throws Exception {
        try (ProjectStore store = ProjectStore.open(project)) {
            List<Long> seen = new ArrayList<>();
            Suggester.Outcome outcome = new Suggester().suggest(store, runId, (done, total, message) -> seen.add(done),
                    new Cancellation()).orElseThrow();
            assertEquals(2, outcome.summary().suggested());
            assertEquals(Map.of("dark", 1, "light", 1), outcome.summary().perClass());
            assertEquals(List.of(), outcome.notes());
            assertTrue(seen.contains(2L), "progress reaches both images: " + seen);
            SuggestionStore suggestions = new SuggestionStore(store);
            assertEquals("dark", suggestions.find(dark).orElseThrow().className());
            Suggestion forLight = suggestions.find(light).orElseThrow();
            assertEquals("light", forLight.className());
            assertEquals(runId, forLight.runId());
            assertEquals(List.of("light", "dark"), forLight.top().stream().map(t -> t.className()).toList());
            assertEquals(2, suggestions.list(SuggestionOrder.UNCERTAIN, 10).size());
        }
    }

    @Test
    void aCancelledRoundLeavesThePreviousSuggestions() throws Exception {
        try (ProjectStore store = ProjectStore.open(project)) {
            new Suggester().suggest(store, runId, Progress.NONE, new Cancellation()).orElseThrow();
            SuggestionStore suggestions = new SuggestionStore(store);
            Suggestion before = suggestions.find(dark).orElseThrow();
            Cancellation cancelled = new Cancellation();
            cancelled.cancel();
            assertTrue(new Suggester().suggest(store, runId, Progress.NONE, cancelled).isEmpty());
            assertEquals(before, suggestions.find(dark).orElseThrow());
        }
    }
}
