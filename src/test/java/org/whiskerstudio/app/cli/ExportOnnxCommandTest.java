package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.deploy.dl4j.TinyGan;
import org.whiskerstudio.deploy.dl4j.TinyModel;

/** {@code whisker export-onnx} from a project's run and from a bundle, printing the parity line. */
@Tag("engine")
class ExportOnnxCommandTest {
    private final TinyModel.Trained tiny = TinyModel.get();

    @TempDir
    Path temp;

    @Test
    void aRunExportsWithItsParityLine() {
        Path out = temp.resolve("run.onnx");
        PredictCommandTest.Run r = PredictCommandTest.run("export-onnx", tiny.project().toString(), "--run",
                String.valueOf(tiny.runId()), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*ONNX parity: (\\d+)/\\1, max difference \\S+ \\(\\1 test examples\\).*"),
                r.out());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void aGanRunExportsItsGeneratorCheckedOnNoise() {
        TinyGan.Trained gan = TinyGan.get();
        Path out = temp.resolve("generator.onnx");
        PredictCommandTest.Run r = PredictCommandTest.run("export-onnx", gan.project().toString(), "--run",
                String.valueOf(gan.runId()), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*ONNX parity: 200/200, max difference \\S+ \\(200 noise vectors\\).*"),
                r.out());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void aBundleExportsCheckedOnRandomInputs() {
        Path out = temp.resolve("bundle.onnx");
        PredictCommandTest.Run r = PredictCommandTest.run("export-onnx", tiny.bundle().toString(), "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ONNX parity: 200/200, max difference "), r.out());
        assertTrue(r.out().contains("(200 random inputs)"), r.out());
    }

    @Test
    void aProjectWithoutARunIsOneLine() {
        PredictCommandTest.Run r = PredictCommandTest.run("export-onnx", tiny.project().toString(), "--out",
                temp.resolve("x.onnx").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("a project needs --run N"), r.err());
    }
}
