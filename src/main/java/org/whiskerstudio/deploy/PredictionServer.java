package org.whiskerstudio.deploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.dataset.ImageUnreadable;

/**
 * {@code whisker serve}'s HTTP endpoint on the JDK's server. {@code POST /predict} takes the raw bytes of one image
 * (any Content-Type; {@code ?top=K} optional) and answers {@code {"classes": [{"name", "probability"}], "millis"}};
 * {@code GET /health} answers the model's name and classes. Bad input gets a 4xx with {@code {"error": "..."}}:
 * 400 not an image, 413 body over the limit, 405 wrong method, 404 unknown path. Never a stack trace.
 */
public final class PredictionServer implements AutoCloseable {
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    /** What answers a request: the same predictor {@code whisker predict} uses. Closed with the server. */
    @FunctionalInterface
    public interface ImagePredictor extends AutoCloseable {
        Prediction predict(byte[] encoded, int k) throws ImageUnreadable;

        @Override
        default void close() {
        }
    }

    /**
     * @param host     the address to bind; 127.0.0.1 keeps the model to this machine
     * @param maxBytes the largest request body accepted
     * @param threads  request threads (decoding runs in parallel; forward passes one at a time, shared by the requests
     *                 that arrive together when the predictor batches them)
     * @param maxBatch the most requests one forward pass serves (1: each request its own pass)
     */
    public record Settings(String host, int port, long maxBytes, int threads, int defaultTop, int maxBatch) {
        public static final String LOCALHOST = "127.0.0.1";
        public static final long DEFAULT_MAX_BYTES = 10L << 20;
        public static final int DEFAULT_MAX_BATCH = 64;

        public Settings {
            if (maxBytes < 1 || threads < 1 || port < 0 || port > 65_535 || defaultTop < 1 || maxBatch < 1) {
                throw new IllegalArgumentException(
                        "port must be 0..65535, max bytes, threads, top and max batch at least 1");
            }
        }

        public Settings(String host, int port, long maxBytes, int threads, int defaultTop) {
            this(host, port, maxBytes, threads, defaultTop, DEFAULT_MAX_BATCH);
        }

        public static Settings local(int port) {
            return new Settings(LOCALHOST, port, DEFAULT_MAX_BYTES,
                    Math.max(2, Runtime.getRuntime().availableProcessors()), 5);
        }

        public Settings withMaxBatch(int max) {
            return new Settings(host, port, maxBytes, threads, defaultTop, max);
        }
    }

    static {
        // The JDK's server writes an answer's headers and body apart; with Nagle's algorithm on, the body waits for
        // the client's delayed ACK of the headers (about 40 ms on Linux), which set the pace at 8 clients. Read once,
        // when the JDK's server configuration loads, so it is set before the first server starts; a caller's own
        // setting wins.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final Settings settings;
    private final ImagePredictor predictor;
    private final String health;

    private PredictionServer(Settings settings, ImagePredictor predictor, String modelName, List<String> classes)
            throws IOException {
        this.settings = settings;
        this.predictor = predictor;
        ObjectNode h = Json.mapper().createObjectNode().put("status", "ok").put("model", modelName);
        ArrayNode names = h.putArray("classes");
        classes.forEach(names::add);
        this.health = h.toString();
        AtomicInteger n = new AtomicInteger();
        // Bounded: a flood queues at most 256 requests; past that the accepting thread runs them itself and slows down.
        executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), r -> {
                    Thread t = new Thread(r, "whisker-serve-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 128);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public static PredictionServer start(Settings settings, ImagePredictor predictor, String modelName,
                                         List<String> classes) throws IOException {
        PredictionServer s = new PredictionServer(settings, predictor, modelName, classes);
        s.server.start();
        return s;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/health")) {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    notAllowed(exchange, "GET");
                } else {
                    send(exchange, 200, health);
                }
            } else if (path.equals("/predict")) {
                if (!method.equals("POST")) {
                    notAllowed(exchange, "POST");
                } else {
                    predict(exchange);
                }
            } else {
                error(exchange, 404, "no such endpoint: " + path + " (POST /predict, GET /health)");
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or the model failed: answer if still possible, never with the trace.
            try {
                error(exchange, 500, "the prediction failed on the server");
            } catch (IOException | RuntimeException ignored) {
                // Nothing more can be said to this client.
            }
        }
    }

    private void predict(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && parseLong(declared) > settings.maxBytes()) {
            error(exchange, 413, "the image is " + declared + " bytes; this server takes at most " + settings.maxBytes());
            return;
        }
        byte[] body = readAtMost(exchange.getRequestBody(), settings.maxBytes());
        if (body == null) {
            error(exchange, 413, "the image is over this server's limit of " + settings.maxBytes() + " bytes");
            return;
        }
        if (body.length == 0) {
            error(exchange, 400, "the request has no body: POST the image's bytes");
            return;
        }
        int k = top(exchange.getRequestURI().getRawQuery());
        try {
            Prediction p = predictor.predict(body, k);
            send(exchange, 200, PredictionFormats.json(p, false));
        } catch (ImageUnreadable e) {
            error(exchange, 400, "the body is not an example the model can read: " + e.getMessage());
        }
    }

    private int top(String query) {
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("top=")) {
                    long k = parseLong(part.substring(4));
                    return k >= 1 && k <= 1000 ? (int) k : settings.defaultTop();
                }
            }
        }
        return settings.defaultTop();
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The body, or null when it has more than {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16_384];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static void notAllowed(HttpExchange exchange, String allow) throws IOException {
        exchange.getResponseHeaders().set("Allow", allow);
        error(exchange, 405, exchange.getRequestMethod() + " is not allowed here; use " + allow);
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, Json.mapper().createObjectNode().put("error", message).toString());
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        predictor.close();
    }
}
