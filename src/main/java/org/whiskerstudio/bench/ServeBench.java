package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.whiskerstudio.deploy.PredictionServer;
import org.whiskerstudio.deploy.Engine;
import org.whiskerstudio.deploy.ReadyBundle;
import org.whiskerstudio.deploy.dl4j.Engines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whisker bench serve BUNDLE DIR}: starts {@code whisker serve}'s server on loopback (or uses --url) and loads
 * it with concurrent clients posting the folder's images; prints requests/s, latency percentiles and errors.
 */
@Command(name = "serve", description = "Load-test the prediction server: N clients POST images from DIR for S "
        + "seconds; prints requests/second, median and p99 latency and errors.")
final class ServeBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private BenchInput input;

    @Option(names = "--clients", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    private int clients = 8;

    @Option(names = "--seconds", description = "measured duration (default: ${DEFAULT-VALUE})")
    private int seconds = 30;

    @Option(names = "--warmup", description = "seconds of load before measuring (default: ${DEFAULT-VALUE})")
    private int warmup = 3;

    @Option(names = "--max-batch", description = "most requests one forward pass of the started server serves "
            + "(default: ${DEFAULT-VALUE}; 1 = one pass per request)")
    private int maxBatch = PredictionServer.Settings.DEFAULT_MAX_BATCH;

    @Option(names = "--url", description = "an already running server's /predict URL instead of starting one")
    private URI url;

    @Option(names = "--engine", paramLabel = "auto|dl4j|onnx", description = Engine.HELP)
    private String engine = "auto";

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<byte[]> images = input.images(1000);
        PredictionServer server = null;
        ReadyBundle loaded = null;
        URI target = url;
        if (target == null) {
            loaded = Engines.load(input.bundle, Engine.parse(engine));
            server = loaded.serve(PredictionServer.Settings.local(0).withMaxBatch(maxBatch));
            target = URI.create("http://127.0.0.1:" + server.address().getPort() + "/predict");
        }
        try {
            Result r = load(target, images);
            out.printf("serve bench: %s, %d clients for %d s (after %d s warm-up), %d images, %d cores%s%n", target,
                    clients, seconds, warmup, images.size(), Runtime.getRuntime().availableProcessors(),
                    loaded == null ? "" : ", " + loaded.engine().displayName() + ", at most " + maxBatch
                            + " requests a forward pass");
            out.printf("  requests/second   %,.1f (%,d requests)%n", r.latencies.length / (double) seconds,
                    r.latencies.length);
            out.printf("  latency           %s%n", PredictBench.stats(r.latencies));
            out.printf("  errors            %d%s%n", r.errors, r.firstError.isEmpty() ? "" : " (first: " + r.firstError + ")");
            return r.errors == 0 ? 0 : 4;
        } finally {
            if (server != null) {
                server.close();
                loaded.close();
            }
        }
    }

    private record Result(double[] latencies, long errors, String firstError) {
    }

    private Result load(URI target, List<byte[]> images) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7919;
            Thread t = new Thread(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    byte[] body = images.get(i++ % images.size());
                    HttpRequest req = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/octet-stream")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long s = System.nanoTime();
                    String error = "";
                    try {
                        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (res.statusCode() != 200 || !res.body().contains("\"classes\"")) {
                            error = "HTTP " + res.statusCode() + " " + res.body();
                        }
                    } catch (IOException e) {
                        error = e.toString();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (s >= measureFrom && System.nanoTime() <= end) {
                        latencies.add((System.nanoTime() - s) / 1e6);
                        if (!error.isEmpty()) {
                            errors.incrementAndGet();
                            if (firstErrors.isEmpty()) {
                                firstErrors.add(error);
                            }
                        }
                    }
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(latencies.stream().mapToDouble(Double::doubleValue).toArray(), errors.get(),
                firstErrors.isEmpty() ? "" : firstErrors.peek());
    }
}
