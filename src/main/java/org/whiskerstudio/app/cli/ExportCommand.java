package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.whiskerstudio.labelling.formats.AnnotationFormat;
import org.whiskerstudio.labelling.formats.DatasetExporter;
import org.whiskerstudio.labelling.formats.ExportReport;
import org.whiskerstudio.labelling.formats.FolderPerClassFormat;
import org.whiskerstudio.labelling.formats.Formats;
import org.whiskerstudio.labelling.formats.LabelledDataset;
import org.whiskerstudio.labelling.formats.SplitSpec;
import org.whiskerstudio.project.ProjectStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whisker export PROJECT --format coco OUT}. */
@Command(name = "export", description = "Export a project's images and labels in an interchange format.")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Parameters(index = "1", paramLabel = "OUT", description = "a new or empty folder to write")
    private Path out;

    @Option(names = "--format", required = true, description = "one of: coco, voc, yolo, csv, labelme, folders")
    private String format;

    @Option(names = "--split", description = "train/val/test split, e.g. 80/10/10 (stratified by class)")
    private String split;

    @Option(names = "--seed", description = "seed of the split (default: ${DEFAULT-VALUE})")
    private long seed = SplitSpec.DEFAULT_SEED;

    @Option(names = "--link", description = "folders format: hard-link images instead of copying them (falls back to a"
            + " copy across file systems; edits to a linked file change the project's copy too)")
    private boolean link;

    @Override
    public Integer call() throws IOException {
        AnnotationFormat f = link && "folders".equalsIgnoreCase(format) ? new FolderPerClassFormat(true) : Formats.byId(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown format \"" + format + "\"; known: " + Formats.ids()));
        if (!f.canWrite()) {
            throw new CommandLine.ParameterException(spec.commandLine(), f.id() + " is import-only; export as one of "
                    + Formats.all().stream().map(AnnotationFormat::id).toList());
        }
        Optional<SplitSpec> splitSpec = split == null ? Optional.empty() : Optional.of(SplitSpec.parse(split, seed));
        PrintWriter pw = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            ExportReport report = new DatasetExporter(store).export(f, out, splitSpec);
            LabelledDataset written = report.written();
            pw.printf("Exported %d images with %d labels in %d classes as %s to %s in %.1f s%n", written.images().size(),
                    report.labels(), written.classes().size(), f.id(), out.toAbsolutePath().normalize(),
                    (System.nanoTime() - t0) / 1e9);
            report.leftOut().forEach(line -> pw.println("  " + line));
        }
        return 0;
    }
}
