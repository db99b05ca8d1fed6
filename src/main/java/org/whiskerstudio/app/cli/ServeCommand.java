package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.whiskerstudio.deploy.PredictionServer;
import org.whiskerstudio.deploy.Engine;
import org.whiskerstudio.deploy.ReadyBundle;
import org.whiskerstudio.deploy.dl4j.Engines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whisker serve BUNDLE}: predictions over HTTP until Ctrl+C. */
@Command(name = "serve", description = {"Serve a model bundle over HTTP until Ctrl+C.",
        "POST /predict with the raw bytes of one image (optional ?top=K) -> "
                + "{\"classes\":[{\"name\",\"probability\"}],\"millis\"}; GET /health.",
        "An autoencoder's bundle answers {\"classes\":[],\"anomaly\":{\"score\",\"threshold\",\"anomaly\"},\"millis\"}.",
        "A detector's bundle answers {\"classes\":[],\"width\",\"height\",\"boxes\":[{\"class\",\"score\",\"x\",\"y\","
                + "\"w\",\"h\"}],\"millis\"} (the image's pixels; --confidence and --nms-iou move its thresholds).",
        "Errors: 400 not an image, 413 over --max-bytes, 405 wrong method, 404 unknown path.",
        "Example: curl --data-binary @cat.png http://127.0.0.1:8080/predict",
        "ONNX Runtime answers when the bundle has model.onnx (--engine auto, the default), else DL4J."})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "a .whisker-model.zip")
    private Path bundle;

    @Option(names = "--port", description = "TCP port, 0 = any free one (default: ${DEFAULT-VALUE})")
    private int port = 8080;

    @Option(names = "--host", description = "address to listen on; 0.0.0.0 opens it to the network "
            + "(default: ${DEFAULT-VALUE})")
    private String host = PredictionServer.Settings.LOCALHOST;

    @Option(names = "--max-bytes", paramLabel = "N", description = "largest image accepted (default: ${DEFAULT-VALUE})")
    private long maxBytes = PredictionServer.Settings.DEFAULT_MAX_BYTES;

    @Option(names = "--threads", description = "request threads (default: cores, at least 2)")
    private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());

    @Option(names = "--top", paramLabel = "K", description = "classes per answer unless ?top=K (default: ${DEFAULT-VALUE})")
    private int top = 5;

    @Option(names = "--max-batch", paramLabel = "N", description = "most requests one forward pass serves: requests "
            + "arriving together share a pass (default: ${DEFAULT-VALUE}; 1 = one pass per request)")
    private int maxBatch = PredictionServer.Settings.DEFAULT_MAX_BATCH;

    @Option(names = "--engine", paramLabel = "auto|dl4j|onnx", description = Engine.HELP)
    private String engine = "auto";

    @CommandLine.Mixin
    private ThresholdOptions thresholds;

    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PredictionServer.Settings settings;
        try {
            settings = new PredictionServer.Settings(host, port, maxBytes, threads, top, maxBatch);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (ReadyBundle loaded = Engines.load(bundle, PredictCommand.engine(spec, engine));
             PredictionServer server = thresholds.apply(spec, loaded).serve(settings, loaded.card().name())) {
            out.printf("serving %s (%s, %s) on http://%s:%d/predict  (GET /health; Ctrl+C stops)%n",
                    loaded.card().name(), answers(loaded),
                    loaded.engine().displayName(),
                    server.address().getHostString(), server.address().getPort());
            out.flush();
            Thread hook = new Thread(stop::countDown);
            Runtime.getRuntime().addShutdownHook(hook);
            stop.await();
        }
        return 0;
    }

    /** What the server answers, in words: classes, anomaly verdicts or boxes. */
    private static String answers(ReadyBundle loaded) {
        if (loaded.card().anomaly().isPresent()) {
            return "anomaly scores (" + loaded.card().anomaly().get().score().label() + ") above "
                    + loaded.card().anomaly().get().threshold() + " flagged";
        }
        return (loaded.card().detector().isPresent() ? "boxes of " : "") + loaded.predictor().classes().size()
                + " classes";
    }
}
