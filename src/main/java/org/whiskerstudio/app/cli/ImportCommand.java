package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.labelling.formats.AnnotationFormat;
import org.whiskerstudio.labelling.formats.DatasetImporter;
import org.whiskerstudio.labelling.formats.FormatException;
import org.whiskerstudio.labelling.formats.Formats;
import org.whiskerstudio.labelling.formats.LabelImportReport;
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
@Command(name = "import", description = "Import image files and folders (recursively), or a labelled dataset (--format), into a project.")
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

    @Option(names = "--format", description = "import a labelled dataset in this format (coco, voc, yolo, csv, labelme,"
            + " folders): PATH is its annotation file or folder")
    private String format;

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
            if (format != null) {
                return importLabels(store, progress, cancellation, out);
            }
            ImportReport report = new ImageImporter(store, Math.max(1, threads))
                    .run(new ImportRequest(paths, byFolder), progress, cancellation);
            progress.finish();
            Reports.printImport(out, report);
            return report.problems().isEmpty() ? 0 : 2;
        }
    }

    private int importLabels(ProjectStore store, TerminalProgress progress, Cancellation cancellation, PrintWriter out) {
        AnnotationFormat f = Formats.byId(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown format \"" + format + "\"; known: " + Formats.ids()));
        int exit = 0;
        for (Path source : paths) {
            try {
                LabelImportReport report = new DatasetImporter(store).importLabels(f, source, progress, cancellation);
                progress.finish();
                out.println(report.summary());
                for (Problem p : report.problems()) {
                    out.println("  " + p.source() + ": " + p.reason());
                }
                exit = report.problems().isEmpty() ? exit : 2;
            } catch (FormatException e) {
                // Refused whole: nothing of this dataset was imported.
                out.println("Refused " + source + ": " + e.getMessage());
                out.println("Nothing from it was imported.");
                exit = 1;
            } catch (IOException e) {
                out.println("Cannot read " + source + ": " + e.getMessage());
                exit = 1;
            }
            out.flush();
        }
        return exit;
    }
}
