package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.deploy.dl4j.EnginesAccess;
import org.whiskerstudio.deploy.dl4j.TinyModel;

/** {@code whisker predict} on a real exported bundle. */
@Tag("engine")
class PredictCommandTest {
    private final TinyModel.Trained tiny = TinyModel.get();

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonListsEachFileWithItsTopClasses() throws Exception {
        Run r = run("predict", tiny.bundle().toString(), tiny.images().get(0).toString(), tiny.images().get(1).toString(),
                "--top", "2");

        assertEquals(0, r.exit(), r.err());
        JsonNode predictions = Json.mapper().readTree(r.out()).path("predictions");
        assertEquals(2, predictions.size());
        assertEquals("image-0.png", predictions.get(0).path("file").asText());
        assertEquals("dark", predictions.get(0).path("classes").get(0).path("name").asText());
        assertEquals("light", predictions.get(1).path("classes").get(0).path("name").asText());
        assertEquals(2, predictions.get(0).path("classes").size());
    }

    @Test
    void theOnnxEngineAnswersAsTheDl4jEngine() throws Exception {
        String bundle = EnginesAccess.bundleWithOnnx().toString();
        String folder = tiny.images().get(0).getParent().toString();

        Run dl4j = run("predict", bundle, folder, "--top", "1", "--format", "csv");
        Run onnx = run("predict", bundle, folder, "--top", "1", "--format", "csv", "--engine", "onnx");

        assertEquals(0, onnx.exit(), onnx.err());
        assertEquals(topClasses(dl4j.out()), topClasses(onnx.out()));
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        Run r = run("predict", tiny.bundle().toString(), tiny.images().get(0).toString(), "--engine", "tf");

        assertEquals(2, r.exit());
        assertTrue(r.err().contains("known: auto, dl4j, onnx"), r.err());
    }

    /** File and top class of each CSV row (the time differs run to run). */
    private static List<String> topClasses(String csv) {
        return csv.lines().skip(1).map(l -> l.split(",")[0] + "," + l.split(",")[1]).toList();
    }

    @Test
    void csvOfAFolderHasAHeaderAndARowPerImage() throws Exception {
        Path csv = temp.resolve("out.csv");

        Run r = run("predict", tiny.bundle().toString(), tiny.images().get(0).getParent().toString(), "--format", "csv",
                "--top", "1", "--out", csv.toString());

        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("file,class_1,probability_1,millis", lines.get(0));
        assertEquals(tiny.images().size() + 1, lines.size());
        assertTrue(lines.get(1).startsWith("image-0.png,dark,"), lines.get(1));
    }

    @Test
    void anUnreadableImageIsReportedAndTheOthersStillPredicted() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.png"), "not a png");

        Run r = run("predict", tiny.bundle().toString(), broken.toString(), tiny.images().get(0).toString(),
                "--format", "csv");

        assertEquals(2, r.exit());
        assertTrue(r.err().contains("broken.png"), r.err());
        assertTrue(r.out().matches("(?s).*\nbroken\\.png,\"?ERROR: .*"), r.out());
        assertTrue(r.out().contains("image-0.png,dark,"), r.out());
    }

    @Test
    void aRefusedBundleIsOneLineNamingIt() throws Exception {
        Path fake = Files.writeString(temp.resolve("fake.whisker-model.zip"), "no zip");

        Run r = run("predict", fake.toString(), tiny.images().get(0).toString());

        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("error: fake.whisker-model.zip is not a readable zip"), r.err());
    }
}
