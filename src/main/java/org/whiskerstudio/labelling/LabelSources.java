package org.whiskerstudio.labelling;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.project.ProjectStore;

/**
 * Label provenance: records and reads where labels came from. A label written without a source is typed; writers
 * of other labels (accepting a suggestion, an import, a generator) mark theirs in the same transaction where they can
 * ({@link #mark(java.sql.Connection, Collection, LabelSource)}).
 */
public final class LabelSources {
    private final ProjectStore store;

    public LabelSources(ProjectStore store) {
        this.store = store;
    }

    /** Marks these labels as coming from {@code source}, in its own transaction. */
    public void mark(Collection<Long> annotationIds, LabelSource source) {
        store.write(c -> {
            mark(c, annotationIds, source);
            return null;
        });
    }

    /** The same inside a caller's transaction (so a label and its source are written as one change). */
    public static void mark(Connection c, Collection<Long> annotationIds, LabelSource source)
            throws SQLException {
        LabelSourceTable.set(c, annotationIds, source);
    }

    /**
     * Marks each label with its own source inside a caller's transaction: {@code sources.get(i)} is the source of
     * {@code annotationIds.get(i)}. One batch for all.
     */
    public static void mark(Connection c, List<Long> annotationIds, List<LabelSource> sources) throws SQLException {
        if (annotationIds.size() != sources.size()) {
            throw new IllegalArgumentException(sources.size() + " sources for " + annotationIds.size() + " labels");
        }
        LabelSourceTable.set(c, annotationIds, sources);
    }

    /** Where these labels came from, by id (inside a caller's transaction); missing labels are left out. */
    public static Map<Long, LabelSource> of(Connection c, Collection<Long> annotationIds) throws SQLException {
        return LabelSourceTable.of(c, annotationIds);
    }

    /** Where a label came from; empty when there is no such label. */
    public Optional<LabelSource> of(long annotationId) {
        return store.read(c -> LabelSourceTable.of(c, annotationId));
    }

    /** Every label's source by annotation id. */
    public Map<Long, LabelSource> all() {
        return store.read(LabelSourceTable::all);
    }

    /**
     * The images carrying a label that a person accepted from a run's suggestion, each with that run (the last
     * such label's when there are several): evaluation warns when they are test examples.
     */
    public Map<Long, Long> suggestedRunByImage() {
        return store.read(LabelSourceTable::suggestedRunByImage);
    }
}
