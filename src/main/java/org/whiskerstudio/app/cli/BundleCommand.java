package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.BundleOptions;
import org.whiskerstudio.deploy.ExportedBundle;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.dl4j.Bundles;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.terminal.TerminalProgress;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whisker bundle PROJECT --run ID}: a run's model as a bundle for {@code whisker predict} and {@code serve}. */
@Command(name = "bundle", description = "Export a run's best model as a model bundle (model + model card), as the "
        + "Deploy screen does.")
final class BundleCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Option(names = "--run", required = true, description = "the run (see whisker train PROJECT --list)")
    private long run;

    @Option(names = "--out", description = "the bundle file or a folder for it (default: the current folder)")
    private Path out = Path.of(".");

    @Option(names = "--onnx", description = "also put model.onnx in the bundle, kept only if ONNX Runtime agrees with "
            + "DL4J on up to 200 test examples (see whisker export-onnx); otherwise the bundle is written without it "
            + "and the reason printed. A detector's bundle has none.")
    private boolean onnx;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            OpenedRun r = new RunStore(store).find(run)
                    .orElseThrow(() -> new IllegalArgumentException("there is no run " + run + " in " + project));
            Path target = Files.isDirectory(out) ? out.resolve(BundleFormat.fileName(r.name())) : out;
            TerminalProgress progress = new TerminalProgress(w);
            ExportedBundle done = Bundles.export(store, r, target, BundleOptions.onnx(onnx), progress);
            ModelCard card = done.card();
            progress.finish();
            w.printf("bundle: %s (%,d bytes)%n", target, Files.size(target));
            w.printf("  %d classes: %s%n", card.classes().size(), String.join(", ", card.classes()));
            card.test().ifPresent(t -> w.printf("  test accuracy %.2f%% on %,d examples%n", 100 * t.accuracy(), t.examples()));
            card.anomaly().ifPresent(a -> w.printf("  autoencoder: an anomaly when the %s is above %.6g (%s)%n",
                    a.score().label(), a.threshold(), a.thresholdSource()));
            card.detector().ifPresent(d -> w.printf(Locale.ROOT, "  detector: %d px letterboxed, %d x %d grid, "
                    + "%d anchors; boxes kept at confidence %.2f, NMS IoU %.2f%n", d.inputSize(), d.grid(), d.grid(),
                    d.anchors().size(), d.thresholds().confidence(), d.thresholds().nmsIou()));
            card.onnx().ifPresent(o -> w.printf("  %s: %s (%s)%n", BundleFormat.ONNX, o.parity().line(),
                    o.parity().examplesFrom()));
            done.onnxLeftOut().ifPresent(why -> w.printf("  %s%n", why));
            String inputs = switch (card.preprocessing().encoding().kind()) {
                case IMAGE -> "IMAGE...";
                case SERIES -> "SERIES.csv...";
                case TEXT -> "TEXT.txt...";
            };
            w.printf("  try it:  whisker predict %s %s%n", target, inputs);
            return 0;
        }
    }
}
