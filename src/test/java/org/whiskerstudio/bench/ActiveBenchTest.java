package org.whiskerstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.app.cli.WhiskerCli;
import org.whiskerstudio.bench.dl4j.ActiveLearningTest;
import org.whiskerstudio.labelling.formats.IdxFormat;

/** {@code whisker bench active} on tiny IDX files: one row per number of labels, one column per strategy. */
@Tag("engine")
class ActiveBenchTest {
    @TempDir
    Path temp;

    private static void idx(Path folder, String stem, IdxFormat.Images images) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(folder.resolve(stem + "-images-idx3-ubyte")))) {
            out.writeInt(2051);
            out.writeInt(images.count());
            out.writeInt(images.rows());
            out.writeInt(images.cols());
            out.write(images.pixels());
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(folder.resolve(stem + "-labels-idx1-ubyte")))) {
            out.writeInt(2049);
            out.writeInt(images.count());
            out.write(images.labels());
        }
    }

    @Test
    void aTinyRunPrintsOneRowPerLabelCountAndAColumnPerStrategy() throws IOException {
        idx(temp, "train", ActiveLearningTest.images(100, 1));
        idx(temp, "t10k", ActiveLearningTest.images(30, 2));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "active", "--data",
                temp.toString(), "--start", "20", "--step", "20", "--rounds", "2", "--epochs", "1", "--batch", "16",
                "--strategies", "random,margin", "--seeds", "1", "--min-steps", "0");
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith("labels")).findFirst().orElseThrow());
        assertEquals(List.of("labels", "random", "margin"), List.of(lines.get(header).strip().split("\\s+")));
        for (int r = 0; r < 3; r++) {
            String[] cells = lines.get(header + 1 + r).strip().split("\\s+");
            assertEquals(String.valueOf(20 + 20 * r), cells[0]);
            assertEquals(3, cells.length, lines.get(header + 1 + r));
            assertTrue(cells[1].endsWith("%") && cells[2].endsWith("%"), lines.get(header + 1 + r));
        }
        assertEquals("seed 42:", lines.get(header - 1));
        assertTrue(out.toString().contains("random's 60-label accuracy is"), out.toString());
        assertTrue(err.toString().contains("seed 42, margin: 60 labels -> test accuracy"), err.toString());
    }
}
