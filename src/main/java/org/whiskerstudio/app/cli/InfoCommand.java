package org.whiskerstudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.whiskerstudio.project.ClassCount;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.ProjectSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code whisker info PROJECT}. */
@Command(name = "info", description = "Show a project's image and label counts.")
final class InfoCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            ProjectSummary s = store.summary();
            out.println("Project:    " + s.name());
            out.println("Folder:     " + store.layout().root());
            out.println("Schema:     " + s.schemaVersion());
            out.println("Images:     " + s.images());
            out.println("Labelled:   " + (s.images() - s.unlabelled()));
            out.println("Unlabelled: " + s.unlabelled());
            out.println("Classes:    " + s.classes().size());
            for (ClassCount c : s.classes()) {
                out.printf("  %-24s %d%n", c.labelClass().name(), c.images());
            }
            out.flush();
        }
        return 0;
    }
}
