package org.whiskerstudio.app.cli;

import java.io.PrintWriter;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.project.imports.ImportReport;

/** How command-line results are printed. */
final class Reports {
    private Reports() {
    }

    static void printImport(PrintWriter out, ImportReport report) {
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
