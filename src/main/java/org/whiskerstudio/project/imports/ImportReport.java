package org.whiskerstudio.project.imports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.project.DuplicateLabels;

/**
 * The outcome of an import.
 *
 * @param candidates      files considered (after scanning)
 * @param imported        images added and committed
 * @param duplicates      files skipped because the project (or this import) already had the same content
 * @param problems        files that could not be imported, each with the reason
 * @param cancelled       the user stopped the import; what was committed stays
 * @param notImported     files never looked at because the import was cancelled (-1 when not counted: a series
 *                        import cancels between examples, not files)
 * @param duplicateLabels what a folder-per-class import did with the class of the duplicates it skipped
 */
public record ImportReport(int candidates, int imported, int duplicates, List<Problem> problems, boolean cancelled,
                           Duration elapsed, int notImported, DuplicateLabels duplicateLabels) {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** A report without counts of files left by a cancel or of duplicates labelled from their folder. */
    public ImportReport(int candidates, int imported, int duplicates, List<Problem> problems, boolean cancelled,
                        Duration elapsed) {
        this(candidates, imported, duplicates, problems, cancelled, elapsed, -1, DuplicateLabels.NONE);
    }

    /**
     * "12 imported, 3 duplicates skipped (2 already in the project, labelled from their folder), 1 problem"; after a
     * cancel it starts "Cancelled: " and says how many files were not imported, never that the rest was.
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(imported + " imported");
        if (cancelled) {
            parts.add(notImported >= 0 ? notImported + " not imported" : "the rest not imported");
        }
        parts.add(plural(duplicates, "duplicate") + " skipped" + duplicateLabels.explanation());
        parts.add(plural(problems.size(), "problem"));
        String text = String.join(", ", parts);
        return cancelled ? "Cancelled: " + text : text;
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
