package org.whiskerstudio.suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.project.ProjectStore;

/** Stored suggestions without a model: a bare run row and suggestions written through {@link SuggestionStore}. */
public final class SuggestionFixture {
    private static final Instant AT = Instant.parse("2026-12-06T22:00:00Z");

    private SuggestionFixture() {
    }

    /** A bare run row: suggestions belong to a run of the project. */
    public static void run(ProjectStore store, long id) {
        store.write(c -> c.createStatement().executeUpdate("INSERT INTO training_run(id, name, architecture_name, "
                + "architecture_json, config_json, status, created_at, updated_at) VALUES (" + id + ", 'r', 'MLP', "
                + "'{}', '{}', 'COMPLETED', 'now', 'now')"));
    }

    /**
     * Stores run {@code runId}'s suggestions (adding its row): image {@code imageIds.get(i)} gets
     * {@code probabilities.get(i)} over {@code classes}.
     */
    public static List<Suggestion> store(ProjectStore store, long runId, List<String> classes, List<Long> imageIds,
                                         List<float[]> probabilities) {
        run(store, runId);
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < imageIds.size(); i++) {
            suggestions.add(Suggestion.of(imageIds.get(i), runId, classes, probabilities.get(i), AT));
        }
        new SuggestionStore(store).replaceAll(suggestions);
        return suggestions;
    }
}
