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
import org.whiskerstudio.bench.dl4j.ActiveCurve;
import org.whiskerstudio.labelling.formats.IdxFormat;

/** {@code whisker bench active}: the table and the verdict. */
class ActiveBenchTest {
    @TempDir
    Path temp;

    private static ActiveCurve curve(String strategy, double... accuracies) {
        ActiveCurve curve = new ActiveCurve(strategy, List.of(), List.of());
        for (int i = 0; i < accuracies.length; i++) {
            curve = curve.with(new ActiveCurve.Point(1000 + 1000 * i, accuracies[i], 1), List.of());
        }
        return curve;
    }

    @Test
    void theVerdictIsTheLabelsEachStrategyNeedsForRandomsLastAccuracy() {
        List<String> verdicts = ActiveBench.verdicts(List.of(curve("random", 0.7, 0.8, 0.85),
                curve("margin", 0.72, 0.85, 0.88), curve("margin:2000", 0.7, 0.75, 0.84)));
        assertEquals(2, verdicts.size());
        assertTrue(verdicts.get(0).contains("margin reached it with 2,000 labels") && verdicts.get(0).endsWith("MET"),
                verdicts.get(0));
        assertTrue(verdicts.get(1).contains("did not reach it within 3,000 labels")
                && verdicts.get(1).endsWith("MISSED"), verdicts.get(1));
        assertTrue(verdicts.get(0).contains("random has 85.00% at 3,000 labels"), verdicts.get(0));
    }

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
    @Tag("engine")
    void aTinyRunPrintsOneRowPerLabelCountAndAColumnPerStrategy() throws IOException {
        idx(temp, "train", org.whiskerstudio.bench.dl4j.ActiveLearningTest.images(100, 1));
        idx(temp, "t10k", org.whiskerstudio.bench.dl4j.ActiveLearningTest.images(30, 2));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "active", "--data",
                temp.toString(), "--start", "20", "--step", "20", "--rounds", "2", "--epochs", "1", "--batch", "16",
                "--strategies", "random,margin");
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
        assertTrue(out.toString().contains("margin vs random: random has"), out.toString());
        assertTrue(err.toString().contains("margin: 60 labels -> test accuracy"), err.toString());
    }
}
