package org.whiskerstudio.suggest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.project.ProjectStore;

/**
 * The project's suggested labels. A project holds one run's suggestions at a time: {@link #replaceAll} swaps the
 * whole set in one transaction, so a cancelled or failed round leaves the previous one whole. Lists show only
 * images that are still unlabelled; a suggestion of an image labelled since stays stored until the next round.
 */
public final class SuggestionStore {
    private final ProjectStore store;

    public SuggestionStore(ProjectStore store) {
        this.store = store;
    }

    /** Replaces every suggestion of the project with these, as one change. */
    public void replaceAll(Collection<Suggestion> suggestions) {
        store.write(c -> {
            SuggestionTable.replaceAll(c, suggestions);
            return null;
        });
    }

    /** The stored suggestion for one image, labelled since or not. */
    public Optional<Suggestion> find(long imageId) {
        return store.read(c -> SuggestionTable.find(c, imageId));
    }

    /** Suggestions of still-unlabelled images in {@code order}, at most {@code limit}. */
    public List<Suggestion> list(SuggestionOrder order, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit + " is negative");
        }
        return store.read(c -> SuggestionTable.unlabelled(c, order, limit));
    }

    /** How many still-unlabelled images have a suggestion. */
    public int countUnlabelled() {
        return store.read(SuggestionTable::countUnlabelled);
    }
}
