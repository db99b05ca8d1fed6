package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.fuzz.CleanRefusal;
import org.whiskerstudio.fuzz.Edit;
import org.whiskerstudio.fuzz.Fuzz;

/**
 * Fuzzing of architecture JSON files (the editor's Import JSON, architectures shared between people): a template's
 * file mutated, read, and when it reads, analysed as the editor does. Each case ends in an architecture with its
 * analysis or an IllegalArgumentException saying what is wrong, in time.
 */
class ArchitectureJsonFuzzTest {
    private static final List<String> VALID = List.of(
            ArchitectureJson.write(new Architecture("LeNet", Templates.lenet(new TensorShape.Image(28, 28, 1), 10),
                    Optional.empty())),
            ArchitectureJson.write(new Architecture("LSTM", Templates.lstmClassifier(new TensorShape.Sequence(20, 3), 2),
                    Optional.empty())),
            ArchitectureJson.write(Templates.dcgan(new TensorShape.Image(28, 28, 1), 32)));

    @Test
    void theUneditedFilesReadAndAnalyse() throws Exception {
        for (int i = 0; i < VALID.size(); i++) {
            assertEquals("read and analysed", readAndAnalyse(VALID.get(i).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void architectureFiles() {
        Fuzz.run("architecture JSON", (i, random, edits) -> readAndAnalyse(Edit.applyAll(
                VALID.get(random.nextInt(VALID.size())).getBytes(StandardCharsets.UTF_8), edits)));
    }

    private static String readAndAnalyse(byte[] file) {
        String json = new String(file, StandardCharsets.UTF_8);
        return CleanRefusal.check(() -> {
            Architecture a = ArchitectureJson.read(json);
            ShapeInference.analyse(a.network(), OptionalInt.empty());
            a.discriminator().ifPresent(ShapeInference::analyse);
            return a.kind();
        }, List.of(IllegalArgumentException.class)) ? "read and analysed" : "refused";
    }
}
