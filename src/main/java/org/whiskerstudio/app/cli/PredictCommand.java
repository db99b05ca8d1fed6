package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.deploy.ImageFiles;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.deploy.PredictionFormats;
import org.whiskerstudio.deploy.Engine;
import org.whiskerstudio.deploy.ReadyBundle;
import org.whiskerstudio.deploy.RecordPredictor;
import org.whiskerstudio.deploy.dl4j.Engines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker predict BUNDLE FILE...|DIR}: the top classes of each image, series CSV or text file (whichever the
 * bundle's model takes), an autoencoder's anomaly score and verdict, or a detector's boxes, as JSON or CSV.
 */
@Command(name = "predict", description = "Predict the classes of images, series (.csv) or texts (.txt), whichever the "
        + "model takes (files, or every such file in a folder) with a model bundle; an autoencoder's bundle answers each "
        + "file's anomaly score and verdict (score above the bundle's threshold) instead, and a detector's the image's "
        + "width and height and its boxes (class, score, x, y, w, h in the image's pixels; CSV: one row per box). "
        + "JSON or CSV on standard output or --out. ONNX Runtime answers when the bundle has model.onnx (--engine auto, "
        + "the default), else DL4J.")
final class PredictCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "a .whisker-model.zip")
    private Path bundle;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "image, series .csv or text .txt files, or folders")
    private List<Path> images;

    @Option(names = "--format", description = "json or csv (default: ${DEFAULT-VALUE})")
    private String format = "json";

    @Option(names = "--top", paramLabel = "K", description = "classes per image (default: ${DEFAULT-VALUE})")
    private int top = 5;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    private Path out;

    @Option(names = "--engine", paramLabel = "auto|dl4j|onnx", description = Engine.HELP)
    private String engine = "auto";

    @CommandLine.Mixin
    private ThresholdOptions thresholds;

    @Override
    public Integer call() throws IOException {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("json") && !fmt.equals("csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --format \"" + format + "\"; known: json, csv");
        }
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1");
        }
        List<Prediction> predictions = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        StringBuilder csv = new StringBuilder();
        try (ReadyBundle loaded = Engines.load(bundle, engine(spec, engine))) {
            RecordPredictor predictor = thresholds.apply(spec, loaded);
            PredictionFormats.Columns columns = predictor.columns();
            csv.append(PredictionFormats.csvHeader(top, columns)).append('\n');
            for (Path f : ImageFiles.expand(images, loaded.card().preprocessing().encoding().kind())) {
                String row;
                try {
                    Prediction p = predictor.predict(f, top);
                    predictions.add(p);
                    row = PredictionFormats.csvRow(p, top);
                } catch (ImageUnreadable e) {
                    failures.add(f + ": " + e.getMessage());
                    row = PredictionFormats.csvFailure(f.getFileName().toString(), e.getMessage(), top, columns);
                }
                // A detector's image without boxes has no row.
                csv.append(row).append(row.isEmpty() ? "" : "\n");
            }
        }
        String text = fmt.equals("csv") ? csv.toString() : PredictionFormats.json(predictions) + "\n";
        if (out != null) {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        } else {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
        }
        PrintWriter err = spec.commandLine().getErr();
        failures.forEach(f -> err.println("skipped " + f));
        err.flush();
        return failures.isEmpty() ? 0 : 2;
    }

    /** {@code --engine}'s value, or the usage error naming the known ones. */
    static Engine engine(CommandLine.Model.CommandSpec spec, String name) {
        try {
            return Engine.parse(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
