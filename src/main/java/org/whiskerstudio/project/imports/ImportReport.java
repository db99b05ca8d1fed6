package org.whiskerstudio.project.imports;

import java.time.Duration;
import java.util.List;
import org.whiskerstudio.common.Problem;

/**
 * The outcome of an import.
 *
 * @param candidates files considered (after scanning)
 * @param imported   images added and committed
 * @param duplicates files skipped because the project (or this import) already had the same content
 * @param problems   files that could not be imported, each with the reason
 * @param cancelled  the user stopped the import; what was committed stays
 */
public record ImportReport(int candidates, int imported, int duplicates, List<Problem> problems, boolean cancelled,
                           Duration elapsed) {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    public String summary() {
        String text = imported + " imported, " + duplicates + " duplicate" + (duplicates == 1 ? "" : "s") + " skipped, "
                + problems.size() + " problem" + (problems.size() == 1 ? "" : "s");
        return cancelled ? "Cancelled: " + text : text;
    }
}
