package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.deploy.Engine;
import org.whiskerstudio.deploy.PredictionServer;
import org.whiskerstudio.deploy.ReadyBundle;
import org.whiskerstudio.deploy.dl4j.Bundles;
import org.whiskerstudio.deploy.dl4j.Engines;
import org.whiskerstudio.deploy.dl4j.EnginesAccess;
import org.whiskerstudio.deploy.dl4j.TinyModel;

/** {@code whisker serve}'s server on loopback, answering as {@code whisker predict} does. */
@Tag("engine")
class ServeCommandTest {
    private final TinyModel.Trained tiny = TinyModel.get();
    private final HttpClient http = HttpClient.newHttpClient();
    private PredictionServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = Bundles.load(tiny.bundle()).serve(
                new PredictionServer.Settings(PredictionServer.Settings.LOCALHOST, 0, 4096, 2, 5));
        base = "http://127.0.0.1:" + server.address().getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPostedImageGetsThePredictionsWhiskerPredictPrints() throws Exception {
        HttpResponse<String> served = post("/predict?top=2", Files.readAllBytes(tiny.images().get(1)));
        PredictCommandTest.Run predicted = PredictCommandTest.run("predict", tiny.bundle().toString(),
                tiny.images().get(1).toString(), "--top", "2");

        assertEquals(200, served.statusCode(), served.body());
        assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode fromServe = Json.mapper().readTree(served.body());
        JsonNode fromPredict = Json.mapper().readTree(predicted.out()).path("predictions").get(0);
        assertEquals(fromPredict.path("classes"), fromServe.path("classes"));
        assertTrue(fromServe.path("millis").isNumber());
    }

    @Test
    void theOnnxEngineServesTheSameTopClass() throws Exception {
        try (ReadyBundle onnx = Engines.load(EnginesAccess.bundleWithOnnx(), Engine.ONNX);
             PredictionServer viaOnnx = onnx.serve(new PredictionServer.Settings(PredictionServer.Settings.LOCALHOST,
                     0, 4096, 2, 5))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + viaOnnx.address().getPort() + "/predict")).POST(HttpRequest.BodyPublishers.ofByteArray(
                    Files.readAllBytes(tiny.images().get(1)))).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> fromDl4j = post("/predict", Files.readAllBytes(tiny.images().get(1)));

            assertEquals(200, r.statusCode(), r.body());
            assertEquals(Json.mapper().readTree(fromDl4j.body()).path("classes").get(0).path("name"),
                    Json.mapper().readTree(r.body()).path("classes").get(0).path("name"));
        }
    }

    @Test
    void bytesThatAreNoImageGet400WithAReason() throws Exception {
        HttpResponse<String> r = post("/predict", "hello".getBytes());

        assertEquals(400, r.statusCode());
        assertTrue(Json.mapper().readTree(r.body()).path("error").asText().contains("not an image"), r.body());
    }

    @Test
    void anEmptyBodyGets400() throws Exception {
        assertEquals(400, post("/predict", new byte[0]).statusCode());
    }

    @Test
    void aBodyOverTheLimitGets413() throws Exception {
        HttpResponse<String> r = post("/predict", new byte[5000]);

        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("at most 4096"), r.body());
    }

    @Test
    void aGetOnPredictGets405NamingPost() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/predict")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(405, r.statusCode());
        assertEquals("POST", r.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void anUnknownPathGets404() throws Exception {
        assertEquals(404, post("/admin", new byte[1]).statusCode());
    }

    @Test
    void healthNamesTheModelAndItsClasses() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, r.statusCode());
        assertEquals("[\"dark\",\"light\"]", Json.mapper().readTree(r.body()).path("classes").toString());
    }

    @Test
    void errorsNeverCarryAStackTrace() throws Exception {
        String body = post("/predict", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}).body();

        assertFalse(body.contains("at org.") || body.contains("Exception"), body);
    }

    @Test
    void theServerListensOnLoopbackByDefault() {
        Object host = WhiskerCli.commandLine().getSubcommands().get("serve").getCommandSpec().findOption("--host")
                .initialValue();

        assertEquals("127.0.0.1", host);
        try (PredictionServer local = PredictionServer.start(PredictionServer.Settings.local(0),
                (b, k) -> { throw new IllegalStateException(); }, "m", List.of("a"))) {
            assertTrue(local.address().getAddress().isLoopbackAddress());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
