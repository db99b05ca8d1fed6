package org.whiskerstudio.rl.dl4j;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.rl.EnvironmentKind;
import org.whiskerstudio.rl.Policy;
import org.whiskerstudio.rl.QTable;

/**
 * A trained agent as one file, a zip: {@code agent.properties} (environment, agent kind, how it was trained) and
 * either {@code qtable.txt} (a table) or {@code network.zip} (a DL4J Q-network). What {@code whisker rl play} and
 * {@code evaluate} load.
 */
public record AgentBundle(EnvironmentKind environment, Policy policy, String trainedWith) {
    static final String MANIFEST = "agent.properties";
    static final String TABLE = "qtable.txt";
    static final String NETWORK = "network.zip";

    public AgentBundle {
        if (!(policy instanceof QTable) && !(policy instanceof QNetwork)) {
            throw new IllegalArgumentException("A bundle holds a Q-table or a Q-network");
        }
    }

    /** Writes the bundle to {@code file} whole or not at all. */
    public void save(Path file) throws IOException {
        Properties manifest = new Properties();
        manifest.setProperty("format", "1");
        manifest.setProperty("environment", environment.key());
        manifest.setProperty("agent", policy instanceof QTable ? "qtable" : "dqn");
        manifest.setProperty("trainedWith", trainedWith);
        AtomicFiles.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                StringWriter text = new StringWriter();
                manifest.store(text, "Whisker Studio agent");
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                if (policy instanceof QTable table) {
                    zip.putNextEntry(new ZipEntry(TABLE));
                    Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    table.write(writer);
                } else {
                    zip.putNextEntry(new ZipEntry(NETWORK));
                    ((QNetwork) policy).save(zip);
                }
                zip.closeEntry();
            }
        });
    }

    /**
     * The network entry, unpacked to a scratch file so it is checked as DL4J will read it (by its central directory)
     * before DL4J sees it.
     */
    private static QNetwork network(ZipInputStream zip, Path bundle) throws IOException {
        Path scratch = Files.createTempFile("whisker-agent-network", ".zip");
        try {
            Files.write(scratch, zip.readAllBytes());
            return QNetwork.load(scratch, bundle + " (its " + NETWORK + ")");
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** @throws IOException when the file is not an agent bundle, or its network could run code when loaded */
    public static AgentBundle load(Path file) throws IOException {
        Properties manifest = new Properties();
        Policy policy = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                switch (entry.getName()) {
                    case MANIFEST -> manifest.load(new StringReader(new String(zip.readAllBytes(),
                            StandardCharsets.UTF_8)));
                    case TABLE -> policy = QTable.read(new InputStreamReader(zip, StandardCharsets.UTF_8));
                    case NETWORK -> policy = network(zip, file);
                    default -> {
                        // Entries a newer studio adds are skipped.
                    }
                }
            }
        }
        if (policy == null || manifest.getProperty("environment") == null) {
            throw new IOException(file + " is not an agent bundle (no " + MANIFEST + " with a table or network)");
        }
        try {
            return new AgentBundle(EnvironmentKind.fromKey(manifest.getProperty("environment")), policy,
                    manifest.getProperty("trainedWith", ""));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
