package org.whiskerstudio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportReport;
import org.whiskerstudio.project.imports.ImportRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whisker import PROJECT PATH...}. */
@Command(name = "import", description = "Import image files and folders (recursively) into a project.")
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "image files or folders")
    private List<Path> paths;

    @Option(names = "--by-folder", description = "folder-per-class dataset: sub-folder names become classes")
    private boolean byFolder;

    @Option(names = "--create", description = "create the project if the folder holds none")
    private boolean create;

    @Option(names = "--threads", description = "decoding threads (default: all cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean exists = Files.exists(new ProjectLayout(project).database());
        String name = project.toAbsolutePath().normalize().getFileName().toString();
        try (ProjectStore store = create && !exists ? ProjectStore.create(project, name) : ProjectStore.open(project)) {
            Cancellation cancellation = new Cancellation();
            Thread hook = new Thread(cancellation::cancel);
            Runtime.getRuntime().addShutdownHook(hook);
            TerminalProgress progress = new TerminalProgress(out);
            ImportReport report = new ImageImporter(store, Math.max(1, threads))
                    .run(new ImportRequest(paths, byFolder), progress, cancellation);
            progress.finish();
            Reports.printImport(out, report);
            return report.problems().isEmpty() ? 0 : 2;
        }
    }
}
