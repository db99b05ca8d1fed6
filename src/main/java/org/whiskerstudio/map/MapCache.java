package org.whiskerstudio.map;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectLayout;

/**
 * Maps kept in the project's cache folder ({@code cache/map/<source>.bin}), one per source, and an autoencoder run's
 * anomaly scores of the examples ({@code cache/map/scores-run-<id>.bin}), each stamped with the fingerprint of the project's examples (ids and content hashes) it was computed for: adding or removing an example
 * changes the fingerprint, and the stale file then reads as absent. Labels are not part of it: relabelling keeps the map.
 * A file that cannot be read is treated as absent too (a cache is rebuilt, never trusted). Scores files are of version
 * 2, the code distance; version 1's were reconstruction errors and read as absent, so they are scored again.
 */
public final class MapCache {
    private static final int MAGIC = 0x574D4150; // "WMAP"
    private static final int SCORES_MAGIC = 0x5753434F; // "WSCO"
    private static final int VERSION = 1;
    /** 2: the scores are code distances ({@code training.AnomalyScore#CODE_DISTANCE}), 1's reconstruction errors. */
    private static final int SCORES_VERSION = 2;
    private static final int MAX_POINTS = 10_000_000;
    private static final int MAX_DIMENSIONS = 4096;
    private final Path folder;

    public MapCache(ProjectLayout layout) {
        this.folder = layout.root().resolve("cache").resolve("map");
    }

    /** The fingerprint of a project's examples, whatever order they are listed in. */
    public static String fingerprint(List<ImageAsset> examples) {
        StringBuilder text = new StringBuilder(examples.size() * 80);
        examples.stream().sorted(Comparator.comparingLong(ImageAsset::id))
                .forEach(e -> text.append(e.id()).append(':').append(e.sha256()).append('\n'));
        return Hashes.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    Path file(String sourceKey) {
        return folder.resolve(sourceKey + ".bin");
    }

    /** The cached map of the source when it was computed for exactly these examples. */
    public Optional<ProjectMap> read(String sourceKey, String fingerprint) {
        Path file = file(sourceKey);
        return read(file, MAGIC, VERSION, fingerprint, in -> {
            int n = in.readInt();
            int d = in.readInt();
            if (n < 0 || n > MAX_POINTS || d < 0 || d > MAX_DIMENSIONS) {
                return Optional.empty();
            }
            long[] ids = new long[n];
            float[] xs = new float[n];
            float[] ys = new float[n];
            float[][] features = new float[n][d];
            for (int i = 0; i < n; i++) {
                ids[i] = in.readLong();
                xs[i] = in.readFloat();
                ys[i] = in.readFloat();
                for (int j = 0; j < d; j++) {
                    features[i][j] = in.readFloat();
                }
            }
            return Optional.of(new ProjectMap(sourceKey, ids, xs, ys, features, List.of()));
        });
    }

    /** Run {@code runId}'s scores when they were computed for exactly these examples. */
    public Optional<ExampleScores> readScores(long runId, String fingerprint) {
        return read(scoresFile(runId), SCORES_MAGIC, SCORES_VERSION, fingerprint, in -> {
            int n = in.readInt();
            if (n < 0 || n > MAX_POINTS) {
                return Optional.empty();
            }
            long[] ids = new long[n];
            float[] scores = new float[n];
            for (int i = 0; i < n; i++) {
                ids[i] = in.readLong();
                scores[i] = in.readFloat();
            }
            return Optional.of(new ExampleScores(ids, scores, List.of()));
        });
    }

    /** Keeps run {@code runId}'s scores, replacing the file whole. */
    public void writeScores(long runId, ExampleScores scores, String fingerprint) throws IOException {
        AtomicFiles.write(scoresFile(runId), raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.writeInt(SCORES_MAGIC);
            out.writeInt(SCORES_VERSION);
            out.writeUTF(fingerprint);
            out.writeInt(scores.size());
            for (int i = 0; i < scores.size(); i++) {
                out.writeLong(scores.imageIds()[i]);
                out.writeFloat(scores.scores()[i]);
            }
            out.flush();
        });
    }

    Path scoresFile(long runId) {
        return folder.resolve("scores-run-" + runId + ".bin");
    }

    /** Reads a body after the header; the wrong kind of file, version or fingerprint, or a damaged one, is absent. */
    @FunctionalInterface
    private interface Body<T> {
        Optional<T> read(DataInputStream in) throws IOException;
    }

    private static <T> Optional<T> read(Path file, int magic, int version, String fingerprint, Body<T> body) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readInt() != magic || in.readInt() != version || !in.readUTF().equals(fingerprint)) {
                return Optional.empty();
            }
            return body.read(in);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code map} for its source, replacing the file whole. */
    public void write(ProjectMap map, String fingerprint) throws IOException {
        AtomicFiles.write(file(map.sourceKey()), raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(fingerprint);
            int d = map.size() == 0 ? 0 : map.features()[0].length;
            out.writeInt(map.size());
            out.writeInt(d);
            for (int i = 0; i < map.size(); i++) {
                out.writeLong(map.imageIds()[i]);
                out.writeFloat(map.xs()[i]);
                out.writeFloat(map.ys()[i]);
                for (float v : map.features()[i]) {
                    out.writeFloat(v);
                }
            }
            out.flush();
        });
    }
}
