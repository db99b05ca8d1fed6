package org.whiskerstudio.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.training.AnomalyScore;
import org.whiskerstudio.training.AnomalyThreshold;
import org.whiskerstudio.training.RunFolder;

/**
 * The reference codes' file reads back as written and refuses what a hand edit or a stranger could make of it; files
 * saved with the reconstruction error (before the code distance) are read as absent, so they are computed again.
 */
class NormalCodesTest {
    @TempDir
    Path dir;

    private final NormalCodes codes = new NormalCodes(new float[][] {{0, 1.5f, -2}, {3, 4, 5}}, "ab".repeat(32));

    @Test
    void theCodesReadBackAsWritten() throws Exception {
        Path file = dir.resolve(NormalCodes.FILE);
        codes.write(file);

        NormalCodes back = NormalCodes.read(file, "normal-codes.bin");

        assertEquals(codes.modelSha256(), back.modelSha256());
        assertArrayEquals(codes.codes(), back.codes());
        assertEquals(3, back.neighbours().dimensions());
    }

    @Test
    void aFileThatIsTooShortTooLongForeignOrHoldsNaNIsRefusedNamingIt() throws Exception {
        Path file = dir.resolve(NormalCodes.FILE);
        codes.write(file);
        byte[] good = Files.readAllBytes(file);

        assertRefused(Arrays.copyOf(good, good.length - 4), "length does not match");
        assertRefused(Arrays.copyOf(good, good.length + 4), "length does not match");
        assertRefused("hello, codes".getBytes(), "not a file of normal codes");
        assertRefused(header(1_000_000_000, 3), "1000000000 codes of 3 numbers");
        assertRefused(header(2, 0), "2 codes of 0 numbers");
        byte[] nan = good.clone();
        int last = nan.length - 4;
        System.arraycopy(new byte[] {0x7f, (byte) 0xc0, 0, 0}, 0, nan, last, 4);
        assertRefused(nan, "not finite");
    }

    @Test
    void scoresAndThresholdsSavedWithTheReconstructionErrorAreReadAsAbsent() throws Exception {
        RunFolder folder = new RunFolder(Files.createDirectories(dir.resolve("run")));
        // As the studio wrote them before the code distance: no score named.
        Files.writeString(folder.anomalyThreshold(), "{\"value\": 0.5, \"source\": \"set by hand\"}");
        Files.writeString(SavedEvaluations.anomalyFile(folder), "{\"runName\": \"AE\", \"normalClass\": \"dark\", "
                + "\"test\": [], \"threshold\": 0.5, \"thresholdSource\": \"99th\", \"notes\": []}");

        assertTrue(folder.readAnomalyThreshold().isEmpty());
        assertTrue(SavedEvaluations.readAnomalies(folder).isEmpty());

        folder.writeAnomalyThreshold(new AnomalyThreshold(1.5, "set by hand"));
        AnomalyEvaluation scored = AnomalyEvaluation.of("AE", "dark",
                List.of(new AnomalyEvaluation.Scored(1, "dark", 1.0)), List.of(), List.of());
        SavedEvaluations.writeAnomalies(folder, scored);
        assertEquals(AnomalyScore.CODE_DISTANCE, folder.readAnomalyThreshold().orElseThrow().score());
        assertEquals(scored, SavedEvaluations.readAnomalies(folder).orElseThrow());
        assertEquals(scored, SavedEvaluations.readAnomalies(folder).orElseThrow().withLabels(Map.of()));
    }

    private static byte[] header(int count, int dimensions) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x574E4344);
        out.writeInt(1);
        out.writeUTF("stamp");
        out.writeInt(count);
        out.writeInt(dimensions);
        out.writeFloat(1);
        return bytes.toByteArray();
    }

    private void assertRefused(byte[] content, String why) throws IOException {
        Path file = Files.write(dir.resolve("bad-" + why.hashCode() + ".bin"), content);
        String message = assertThrows(IOException.class, () -> NormalCodes.read(file, "bad.bin")).getMessage();
        assertTrue(message.startsWith("bad.bin is not usable") && message.contains(why), message);
    }
}
