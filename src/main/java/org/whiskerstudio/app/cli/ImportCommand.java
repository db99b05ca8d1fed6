package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.whiskerstudio.project.imports.SeriesImporter;
import org.whiskerstudio.project.imports.SeriesOptions;
import org.whiskerstudio.project.imports.TextImporter;
import org.whiskerstudio.project.imports.TextOptions;
import org.whiskerstudio.terminal.Reports;
import org.whiskerstudio.terminal.TerminalProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whisker import PROJECT PATH...}. */
@Command(name = "import", description = "Import image files and folders (recursively), CSV time series (--series), texts (--text), or a"
        + " labelled dataset (--format), into a project.")
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "files or folders")
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

    @Option(names = "--series", description = "import CSV time series: each file one series (classes from folders with"
            + " --by-folder), or with --window one long series cut into windows labelled by --label-column")
    private boolean series;

    @Option(names = "--text", description = "import texts: .txt files (one text each) or CSV/TSV tables (one text per row)")
    private boolean text;

    @Option(names = "--label-column", paramLabel = "C", description = "the label column (series windows: required;"
            + " text tables: default label/class/category or the first column)")
    private String labelColumn;

    @Option(names = "--text-column", paramLabel = "C", description = "the text column of a table (default: text, or the"
            + " first column that is not the label)")
    private String textColumn;

    @Option(names = "--features", paramLabel = "a,b", split = ",", description = "feature columns (default: every numeric column)")
    private List<String> features = List.of();

    @Option(names = "--window", paramLabel = "N", description = "cut each file into windows of N rows")
    private Integer window;

    @Option(names = "--stride", paramLabel = "N", description = "rows between window starts (default: the window length)")
    private Integer stride;

    @Option(names = "--group", paramLabel = "C", description = "no window spans two values of this column (e.g. mote_id)")
    private String group;

    @Option(names = "--label-policy", paramLabel = "majority|last", description = "a window's label: the majority of its"
            + " rows (default) or its last row")
    private String labelPolicy = "majority";

    @Option(names = "--label-names", paramLabel = "v=name,...", split = ",", description = "readable class names for"
            + " label values, e.g. 0=normal,1=event")
    private Map<String, String> labelNames = Map.of();

    @Override
    public Integer call() {
        if (series && text) {
            throw new CommandLine.ParameterException(spec.commandLine(), "choose --series or --text, not both");
        }
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
            ImportRequest request = new ImportRequest(paths, byFolder);
            ImportReport report = series ? new SeriesImporter(store).run(request, seriesOptions(), progress, cancellation)
                    : text ? new TextImporter(store).run(request, new TextOptions(Optional.ofNullable(labelColumn),
                    Optional.ofNullable(textColumn)), progress, cancellation)
                    : new ImageImporter(store, Math.max(1, threads)).run(request, progress, cancellation);
            progress.finish();
            Reports.printImport(out, report);
            return report.problems().isEmpty() ? 0 : 2;
        }
    }

    private SeriesOptions seriesOptions() {
        try {
            if (window == null) {
                if (labelColumn != null || stride != null || group != null) {
                    throw new IllegalArgumentException("--label-column, --stride and --group need --window N");
                }
                return new SeriesOptions(features, Optional.empty(), labelNames);
            }
            if (labelColumn == null) {
                throw new IllegalArgumentException("--window needs --label-column C: the column that labels each row");
            }
            SeriesOptions.LabelPolicy policy = switch (labelPolicy.toLowerCase(Locale.ROOT)) {
                case "majority" -> SeriesOptions.LabelPolicy.MAJORITY;
                case "last" -> SeriesOptions.LabelPolicy.LAST;
                default -> throw new IllegalArgumentException("--label-policy is majority or last, not " + labelPolicy);
            };
            return new SeriesOptions(features, Optional.of(new SeriesOptions.Windows(labelColumn, window,
                    stride == null ? window : stride, Optional.ofNullable(group), policy)), labelNames);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
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
