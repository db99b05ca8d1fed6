package org.whiskerstudio.training;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.whiskerstudio.architecture.ArchitectureJson;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.project.ProjectStore;

/**
 * Settles the kind of runs recorded before the character kind existed: they were all stored as classifiers, and only
 * their architecture snapshot tells a character model apart (a per-step output), which SQL cannot see. The schema
 * step that brought the kind in marks those rows {@value #UNSETTLED}; the first read of the history derives each one
 * from its architecture and stores it, so later readers ask the row, never the architecture.
 */
final class OldRunKinds {
    /** The {@code training_run.kind} of a row not yet settled. */
    static final String UNSETTLED = "unsettled";

    private OldRunKinds() {
    }

    /** Gives every unsettled row its kind; a cheap query when there are none. */
    static void settle(ProjectStore store) {
        Map<Long, String> pending = store.read(c -> {
            Map<Long, String> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, architecture_json FROM training_run WHERE kind = ?")) {
                ps.setString(1, UNSETTLED);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), kindOf(rs.getString(2)).key());
                    }
                }
            }
            return rows;
        });
        if (pending.isEmpty()) {
            return;
        }
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE training_run SET kind = ? WHERE id = ? AND kind = ?")) {
                for (Map.Entry<Long, String> row : pending.entrySet()) {
                    ps.setString(1, row.getValue());
                    ps.setLong(2, row.getKey());
                    ps.setString(3, UNSETTLED);
                    ps.addBatch();
                }
                return ps.executeBatch().length;
            }
        });
    }

    /** A snapshot this studio cannot read reads as a classifier, as the row said before. */
    static ModelKind kindOf(String architectureJson) {
        try {
            return ArchitectureJson.read(architectureJson).kind();
        } catch (RuntimeException e) {
            return ModelKind.CLASSIFIER;
        }
    }
}
