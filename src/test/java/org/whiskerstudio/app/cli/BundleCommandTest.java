package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.deploy.dl4j.TinyModel;

/** {@code whisker bundle} exports what {@code whisker predict} reads, predicting as the Deploy screen's export does. */
@Tag("engine")
class BundleCommandTest {
    private final TinyModel.Trained tiny = TinyModel.get();

    @TempDir
    Path temp;

    @Test
    void aRunExportedFromTheCommandLinePredictsAsTheStudiosBundle() throws Exception {
        PredictCommandTest.Run export = PredictCommandTest.run("bundle", tiny.project().toString(), "--run",
                String.valueOf(tiny.runId()), "--out", temp.toString());
        assertEquals(0, export.exit(), export.err());
        Path bundle;
        try (var files = Files.list(temp)) {
            bundle = files.filter(p -> p.toString().endsWith(".whisker-model.zip")).findFirst().orElseThrow();
        }
        assertTrue(export.out().contains("2 classes: dark, light"), export.out());
        assertTrue(export.out().contains(" IMAGE..."), "an image model is tried on images: " + export.out());

        String image = tiny.images().get(1).toString();
        PredictCommandTest.Run mine = PredictCommandTest.run("predict", bundle.toString(), image, "--format", "csv");
        PredictCommandTest.Run studios = PredictCommandTest.run("predict", tiny.bundle().toString(), image, "--format", "csv");
        assertEquals(0, mine.exit(), mine.err());
        assertEquals(studios.out().replaceAll(",[0-9.]+\\s*$", ""), mine.out().replaceAll(",[0-9.]+\\s*$", ""),
                "same classes and probabilities; only the time differs");
    }

    @Test
    void anUnknownRunIsOneLine() {
        PredictCommandTest.Run r = PredictCommandTest.run("bundle", tiny.project().toString(), "--run", "999",
                "--out", temp.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("error: there is no run 999"), r.err());
    }
}
