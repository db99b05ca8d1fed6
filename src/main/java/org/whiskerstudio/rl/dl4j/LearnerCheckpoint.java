package org.whiskerstudio.rl.dl4j;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.rl.QTable;
import org.whiskerstudio.rl.ReplayBuffer;
import org.whiskerstudio.rl.TabularQLearning;

/**
 * A learner saved to go on later: one zip, written whole or not at all, holding {@code learner.properties} (format,
 * learner, counters, random state, sizes) and either {@code qtable.txt} or the DQN's {@code online.zip} (with its
 * optimiser's state), {@code target.zip} and {@code replay.bin}. Unlike an {@link AgentBundle} it is the learner's
 * state, not a policy to hand out. Reading checks everything, since a run's folder can be edited by hand: known
 * entries only, each once and of bounded size, networks through {@code ModelZips}, sizes against the learner's.
 */
public final class LearnerCheckpoint {
    static final String MANIFEST = "learner.properties";
    static final String TABLE = "qtable.txt";
    static final String ONLINE = "online.zip";
    static final String TARGET = "target.zip";
    static final String REPLAY = "replay.bin";
    private static final Set<String> ENTRIES = Set.of(MANIFEST, TABLE, ONLINE, TARGET, REPLAY);
    /** Far above a real checkpoint (a full 100,000-transition cart-pole buffer is about 8 MB). */
    static final long MAX_ENTRY_BYTES = 512L << 20;

    /** What a checkpoint holds: a table with its progress, or a DQN's state. */
    public sealed interface Saved permits Table, Deep {
    }

    /** A tabular learner between episodes. */
    public record Table(QTable table, TabularQLearning.Progress progress) implements Saved {
    }

    /** A DQN learner between steps. */
    public record Deep(DqnState state) implements Saved {
    }

    /** The sizes a checkpoint must fit: the environment's and the learner's buffer. */
    public record Sizes(int observations, int actions, int replayCapacity) {
    }

    private LearnerCheckpoint() {
    }

    public static void save(Path file, Saved saved, Sizes sizes) throws IOException {
        Properties manifest = new Properties();
        manifest.setProperty("format", "1");
        manifest.setProperty("observations", Integer.toString(sizes.observations()));
        manifest.setProperty("actions", Integer.toString(sizes.actions()));
        if (saved instanceof Table t) {
            manifest.setProperty("learner", "qtable");
            counters(manifest, t.progress().steps(), t.progress().episodes(), t.progress().random());
        } else if (saved instanceof Deep d) {
            manifest.setProperty("learner", "dqn");
            counters(manifest, d.state().steps(), d.state().episodes(), d.state().random());
        }
        AtomicFiles.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                StringWriter text = new StringWriter();
                manifest.store(text, "Whisker Studio learner checkpoint");
                entry(zip, MANIFEST, text.toString().getBytes(StandardCharsets.UTF_8));
                if (saved instanceof Table t) {
                    zip.putNextEntry(new ZipEntry(TABLE));
                    t.table().write(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
                } else if (saved instanceof Deep d) {
                    writeDeep(zip, d.state(), sizes);
                }
                zip.closeEntry();
            }
        });
    }

    private static void counters(Properties manifest, long steps, int episodes, long random) {
        manifest.setProperty("steps", Long.toString(steps));
        manifest.setProperty("episodes", Integer.toString(episodes));
        manifest.setProperty("random", Long.toString(random));
    }

    private static void writeDeep(ZipOutputStream zip, DqnState state, Sizes sizes) throws IOException {
        zip.putNextEntry(new ZipEntry(ONLINE));
        state.online().saveWithOptimiser(zip);
        zip.putNextEntry(new ZipEntry(TARGET));
        state.target().save(zip);
        zip.putNextEntry(new ZipEntry(REPLAY));
        DataOutputStream data = new DataOutputStream(zip);
        state.replay().write(data, sizes.observations(), sizes.actions());
        data.flush();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** @throws IOException naming the file and what is wrong with it; nothing of it is used then */
    public static Saved load(Path file, Sizes sizes) throws IOException {
        Map<String, byte[]> entries = entries(file);
        byte[] text = entries.get(MANIFEST);
        if (text == null) {
            throw new IOException(file + " is not a learner checkpoint: it has no " + MANIFEST);
        }
        Properties manifest = new Properties();
        manifest.load(new StringReader(new String(text, StandardCharsets.UTF_8)));
        try {
            if (!"1".equals(manifest.getProperty("format"))
                    || number(manifest, "observations") != sizes.observations()
                    || number(manifest, "actions") != sizes.actions()) {
                throw new IOException("it was saved by another studio or for another environment");
            }
            long steps = number(manifest, "steps");
            int episodes = Math.toIntExact(number(manifest, "episodes"));
            long random = number(manifest, "random");
            return switch (manifest.getProperty("learner", "")) {
                case "qtable" -> new Table(table(entries, sizes), new TabularQLearning.Progress(episodes, steps,
                        random));
                case "dqn" -> new Deep(new DqnState(network(entries, ONLINE, file, sizes),
                        network(entries, TARGET, file, sizes), replay(entries, sizes), steps, episodes, random));
                default -> throw new IOException("it names no learner it can go on with");
            };
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IOException(file + " cannot be resumed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IOException(file + " cannot be resumed: " + e.getMessage(), e);
        }
    }

    private static long number(Properties manifest, String key) throws IOException {
        String value = manifest.getProperty(key);
        if (value == null) {
            throw new IOException("it has no " + key);
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IOException("its " + key + " is not a whole number: " + value, e);
        }
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!ENTRIES.contains(name) || entries.containsKey(name)) {
                    throw new IOException(file + " is not a learner checkpoint: it holds \"" + name + "\""
                            + (entries.containsKey(name) ? " twice" : ", which no checkpoint has"));
                }
                entries.put(name, bounded(zip, file));
            }
        }
        return entries;
    }

    private static byte[] bounded(InputStream in, Path file) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ENTRY_BYTES + 1));
        if (bytes.length > MAX_ENTRY_BYTES) {
            throw new IOException(file + " holds an entry larger than any checkpoint makes; it was not read");
        }
        return bytes;
    }

    private static byte[] required(Map<String, byte[]> entries, String name) throws IOException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new IOException("it has no " + name);
        }
        return bytes;
    }

    private static QTable table(Map<String, byte[]> entries, Sizes sizes) throws IOException {
        QTable table = QTable.read(new InputStreamReader(new ByteArrayInputStream(required(entries, TABLE)),
                StandardCharsets.UTF_8));
        if (table.actions() != sizes.actions()) {
            throw new IOException("its table has " + table.actions() + " actions, not " + sizes.actions());
        }
        return table;
    }

    private static ReplayBuffer replay(Map<String, byte[]> entries, Sizes sizes) throws IOException {
        return ReplayBuffer.read(new DataInputStream(new ByteArrayInputStream(required(entries, REPLAY))),
                sizes.replayCapacity(), sizes.observations(), sizes.actions());
    }

    /** Unpacked to a scratch file so that it is checked as DL4J will read it, by its central directory. */
    private static QNetwork network(Map<String, byte[]> entries, String name, Path file, Sizes sizes)
            throws IOException {
        Path scratch = Files.createTempFile("whisker-learner", ".zip");
        try {
            Files.write(scratch, required(entries, name));
            QNetwork network = QNetwork.loadWithOptimiser(scratch, file + " (its " + name + ")");
            if (!network.fits(sizes.observations(), sizes.actions())) {
                throw new IOException("its " + name + " does not read " + sizes.observations() + " numbers into "
                        + sizes.actions() + " values");
            }
            return network;
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
