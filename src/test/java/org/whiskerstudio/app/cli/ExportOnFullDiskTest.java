package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.deploy.dl4j.TinyModel;
import org.whiskerstudio.testing.SmallDisk;

/**
 * Exports onto a full disk (a real small file system): each command ends with one line saying the disk is full and
 * which file, no stack trace, and leaves nothing on the disk, not even a temporary file; the file written before stays.
 */
@Tag("engine")
class ExportOnFullDiskTest {
    private final TinyModel.Trained tiny = TinyModel.get();

    @TempDir
    Path temp;

    @Test
    void bundleOnnxAndDatasetExportsRefuseWithASentenceAndLeaveNothing() throws IOException {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("stick"), 1024)) {
            PredictCommandTest.Run first = PredictCommandTest.run("export-onnx", tiny.project().toString(), "--run",
                    String.valueOf(tiny.runId()), "--out", disk.root().resolve("first.onnx").toString());
            assertEquals(0, first.exit(), first.err());
            disk.fillLeaving(8 * 1024);
            List<String> before = disk.files();
            Path bundle = disk.root().resolve("tiny.whisker-model.zip");
            Path onnx = disk.root().resolve("model.onnx");
            Path dataset = disk.root().resolve("dataset");

            assertFull(bundle, PredictCommandTest.run("bundle", tiny.project().toString(), "--run",
                    String.valueOf(tiny.runId()), "--onnx", "--out", bundle.toString()));
            assertFull(onnx, PredictCommandTest.run("export-onnx", tiny.project().toString(), "--run",
                    String.valueOf(tiny.runId()), "--out", onnx.toString()));
            assertFull(dataset, PredictCommandTest.run("export", tiny.project().toString(), dataset.toString(),
                    "--format", "coco"));

            assertEquals(before, disk.files(), "nothing half-written, no temporary file; the earlier file is kept");
            disk.freeSpace();
            PredictCommandTest.Run again = PredictCommandTest.run("bundle", tiny.project().toString(), "--run",
                    String.valueOf(tiny.runId()), "--out", bundle.toString());
            assertEquals(0, again.exit(), "with space the same export works: " + again.err());
        }
    }

    private static void assertFull(Path target, PredictCommandTest.Run r) {
        assertEquals(1, r.exit(), r.out());
        String err = r.err().strip();
        assertTrue(err.startsWith("error: The disk is full: " + target + " could not be written"), err);
        assertTrue(err.contains("free some space and try again"), err);
        assertFalse(err.contains("\n") || err.contains("at org."), "one line, no stack trace: " + err);
    }
}
