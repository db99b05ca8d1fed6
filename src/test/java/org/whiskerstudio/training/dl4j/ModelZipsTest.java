package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.common.ModelZips;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.training.Optimizer;

/** Model zips are checked before DL4J may deserialize anything from them. */
@Tag("engine")
class ModelZipsTest {
    @TempDir
    Path dir;

    private Path zip(String... entries) throws IOException {
        Path file = dir.resolve("model.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(new byte[] {1, 2, 3});
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void aZipWithAPreprocessorEntryIsRefusedNamingIt() throws IOException {
        Path crafted = zip("configuration.json", "coefficients.bin", "preprocessor.bin");

        IOException refused = assertThrows(IOException.class, () -> ModelZips.requireModelOnly(crafted));
        assertTrue(refused.getMessage().contains("preprocessor.bin"), refused.getMessage());
    }

    @Test
    void aZipWithANormalizerEntryIsRefused() throws IOException {
        Path crafted = zip("configuration.json", "coefficients.bin", "normalizer.bin");

        assertThrows(IOException.class, () -> ModelZips.requireModelOnly(crafted));
    }

    @Test
    void aCheckpointTheTrainerWroteIsAccepted() throws Exception {
        TensorShape.Image shape = new TensorShape.Image(4, 4, 1);
        Network net = Network.create(Templates.mlp(shape, 2), Jobs.config(1, 16, Optimizer.ADAM, 1e-3, 0));
        Path file = dir.resolve("checkpoint.zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            net.write(out, true);
        }

        assertDoesNotThrow(() -> ModelZips.requireModelOnly(file));
    }
}
