package org.whiskerstudio.terminal;

import java.io.PrintWriter;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.project.imports.ImportReport;

/** How command-line results are printed. */
public final class Reports {
    private Reports() {
    }

    public static void printImport(PrintWriter out, ImportReport report) {
        out.printf("%s in %.1f s%n", report.summary(), report.elapsed().toMillis() / 1000.0);
        if (!report.problems().isEmpty()) {
            out.println("Problems:");
            for (Problem p : report.problems()) {
                out.println("  " + p.source() + ": " + p.reason());
            }
        }
        out.flush();
    }
}
