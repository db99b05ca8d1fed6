package org.whiskerstudio.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;

class SuggestionStoreTest {
    private static final Instant AT = Instant.parse("2026-12-06T22:00:00Z");
    private static final List<String> CLASSES = List.of("cat", "dog", "bird");

    @TempDir
    Path temp;
    private ProjectStore store;
    private SuggestionStore suggestions;
    private List<Long> free;

    @BeforeEach
    void open() {
        store = ProjectStore.create(temp.resolve("p"), "p");
        store.ensureLabelClass("dog");
        store.ensureLabelClass("cat");
        free = DatasetFixture.rows(store, "free", 4, "");
        run(store, 1);
        run(store, 2);
        suggestions = new SuggestionStore(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static void run(ProjectStore store, long id) {
        SuggestionFixture.run(store, id);
    }

    private static Suggestion of(long imageId, long runId, float... p) {
        return Suggestion.of(imageId, runId, CLASSES, p, AT);
    }

    @Test
    void aStoredSuggestionReadsBackWithItsClassesMarginAndEntropy() {
        Suggestion s = of(free.get(0), 1, 0.1f, 0.7f, 0.2f);
        suggestions.replaceAll(List.of(s));
        Suggestion back = suggestions.find(free.get(0)).orElseThrow();
        assertEquals(s, back);
        assertEquals("dog", back.className());
        assertEquals(List.of("dog", "bird", "cat"), back.top().stream().map(ClassProbability::className).toList());
        assertEquals(0.5, back.margin(), 1e-6);
        assertEquals(-(0.1 * Math.log(0.1) + 0.7 * Math.log(0.7) + 0.2 * Math.log(0.2)), back.entropy(), 1e-6);
    }

    @Test
    void replacingDropsEverySuggestionOfTheEarlierRun() {
        suggestions.replaceAll(List.of(of(free.get(0), 1, 0.9f, 0.05f, 0.05f), of(free.get(1), 1, 0.9f, 0.05f, 0.05f)));
        suggestions.replaceAll(List.of(of(free.get(2), 2, 0.2f, 0.3f, 0.5f)));
        assertTrue(suggestions.find(free.get(0)).isEmpty());
        assertTrue(suggestions.find(free.get(1)).isEmpty());
        assertEquals(2, suggestions.find(free.get(2)).orElseThrow().runId());
        assertEquals(1, suggestions.countUnlabelled());
    }

    @Test
    void uncertainFirstListsTheSmallestMarginFirstAndCertainFirstTheLargest() {
        suggestions.replaceAll(List.of(
                of(free.get(0), 1, 0.9f, 0.05f, 0.05f),
                of(free.get(1), 1, 0.4f, 0.35f, 0.25f),
                of(free.get(2), 1, 0.6f, 0.3f, 0.1f)));
        assertEquals(List.of(free.get(1), free.get(2), free.get(0)), ids(suggestions.list(SuggestionOrder.UNCERTAIN, 10)));
        assertEquals(List.of(free.get(0), free.get(2), free.get(1)), ids(suggestions.list(SuggestionOrder.CERTAIN, 10)));
        assertEquals(List.of(free.get(1)), ids(suggestions.list(SuggestionOrder.UNCERTAIN, 1)));
    }

    @Test
    void byClassFollowsTheProjectsClassOrderThenProbability() {
        suggestions.replaceAll(List.of(
                of(free.get(0), 1, 0.6f, 0.3f, 0.1f),
                of(free.get(1), 1, 0.1f, 0.1f, 0.8f),
                of(free.get(2), 1, 0.2f, 0.7f, 0.1f),
                of(free.get(3), 1, 0.9f, 0.05f, 0.05f)));
        // The project lists dog before cat; bird is not a project class and comes last.
        assertEquals(List.of(free.get(2), free.get(3), free.get(0), free.get(1)),
                ids(suggestions.list(SuggestionOrder.CLASS, 10)));
    }

    @Test
    void labelledImagesDropOutOfTheListsButKeepTheirSuggestion() {
        long labelled = DatasetFixture.rows(store, "tagged", 1, "cat").get(0);
        suggestions.replaceAll(List.of(of(labelled, 1, 0.9f, 0.05f, 0.05f), of(free.get(0), 1, 0.5f, 0.4f, 0.1f)));
        for (SuggestionOrder order : SuggestionOrder.values()) {
            assertEquals(List.of(free.get(0)), ids(suggestions.list(order, 10)), order.key());
        }
        assertEquals(1, suggestions.countUnlabelled());
        assertTrue(suggestions.find(labelled).isPresent());
    }

    @Test
    void deletingTheRunDeletesItsSuggestions() {
        suggestions.replaceAll(List.of(of(free.get(0), 1, 0.9f, 0.05f, 0.05f)));
        store.write(c -> c.createStatement().executeUpdate("DELETE FROM training_run WHERE id = 1"));
        assertTrue(suggestions.find(free.get(0)).isEmpty());
    }

    private static List<Long> ids(List<Suggestion> list) {
        return list.stream().map(Suggestion::imageId).toList();
    }
}
