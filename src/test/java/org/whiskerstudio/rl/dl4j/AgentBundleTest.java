package org.whiskerstudio.rl.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An agent bundle's network is checked as every model zip is before DL4J reads it. */
class AgentBundleTest {
    @TempDir
    Path dir;

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(new byte[] {1, 2, 3});
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aNetworkHoldingAPreprocessorEntryIsRefusedNamingTheBundleAndTheEntry() throws IOException {
        Path bundle = dir.resolve("crafted-agent.zip");
        try (OutputStream out = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(AgentBundle.MANIFEST));
            zip.write("environment=cartpole\nagent=dqn\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(AgentBundle.NETWORK));
            zip.write(zip("configuration.json", "coefficients.bin", "preprocessor.bin"));
            zip.closeEntry();
        }

        IOException refused = assertThrows(IOException.class, () -> AgentBundle.load(bundle));
        assertTrue(refused.getMessage().contains("crafted-agent.zip") && refused.getMessage().contains("network.zip")
                && refused.getMessage().contains("preprocessor.bin"), refused.getMessage());
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith("whisker-agent-network"))
                    .filter(p -> p.toFile().lastModified() > System.currentTimeMillis() - 60_000).count(),
                    "the scratch copy is deleted");
        }
    }
}
