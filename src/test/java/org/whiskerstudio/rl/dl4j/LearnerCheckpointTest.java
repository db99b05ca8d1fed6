package org.whiskerstudio.rl.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.rl.CartPole;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.EpsilonSchedule;
import org.whiskerstudio.rl.NoughtsAndCrosses;
import org.whiskerstudio.rl.Opponent;
import org.whiskerstudio.rl.QTable;
import org.whiskerstudio.rl.TabularQLearning;

class LearnerCheckpointTest {
    private static final LearnerCheckpoint.Sizes CART = new LearnerCheckpoint.Sizes(4, 2, 10_000);
    private static final LearnerCheckpoint.Sizes BOARD = new LearnerCheckpoint.Sizes(9, 9, 0);

    @TempDir
    Path dir;

    /** A small learner updating every 4 steps from step 100, its target following every 100. */
    private static DqnOptions quick(long steps) {
        return new DqnOptions(DqnOptions.relu(16, 16), 1e-3, 0.99, steps, 32, 10_000, 100, 4, 1, 100, 1.0,
                new EpsilonSchedule(1.0, 0.05, steps / 2), true, 3);
    }

    @Test
    void aDqnSavedAtAnEpisodesEndGoesOnWithItsCountersExplorationAndBuffer() throws IOException {
        List<EpisodeReport> whole = new ArrayList<>();
        new Dqn(new CartPole(), quick(500)).train(whole::add);

        List<EpisodeReport> resumed = new ArrayList<>();
        Dqn first = new Dqn(new CartPole(), quick(500));
        first.train(r -> resumed.add(r) && r.totalSteps() < 250);
        DqnState before = first.state();
        Path file = dir.resolve("learner.zip");
        LearnerCheckpoint.save(file, new LearnerCheckpoint.Deep(before), CART);

        DqnState read = assertInstanceOf(LearnerCheckpoint.Deep.class, LearnerCheckpoint.load(file, CART)).state();
        assertEquals(before.steps(), read.steps());
        assertEquals(before.episodes(), read.episodes());
        assertEquals(before.random(), read.random());
        assertEquals(before.replay().size(), read.replay().size());
        assertArrayEquals(before.online().weights(), read.online().weights());
        assertArrayEquals(before.target().weights(), read.target().weights());
        new Dqn(new CartPole(), quick(500), read).train(resumed::add);

        EpisodeReport firstAfter = resumed.get(before.episodes());
        assertEquals(before.episodes() + 1, firstAfter.episode(), "episodes go on counting");
        assertTrue(firstAfter.totalSteps() > before.steps(), "steps go on counting: " + firstAfter);
        assertEquals(quick(500).epsilon().at(firstAfter.totalSteps() - 1), firstAfter.epsilon(), 1e-12,
                "exploration goes on from where it stood");
        assertEquals(whole.size(), resumed.size());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i).totalSteps(), resumed.get(i).totalSteps(), "episode " + (i + 1));
            assertEquals(whole.get(i).episodeReturn(), resumed.get(i).episodeReturn(), "episode " + (i + 1));
        }
    }

    @Test
    void aTableAndItsProgressReadBackAsSaved() throws IOException {
        TabularQLearning learner = new TabularQLearning(List.of(new NoughtsAndCrosses(Opponent.random(), true)),
                new TabularQLearning.Options(300, 0.2, 0.95, new EpsilonSchedule(1, 0.1, 200), 5));
        learner.train(r -> true);
        Path file = dir.resolve("learner.zip");
        LearnerCheckpoint.save(file, new LearnerCheckpoint.Table(learner.table(), learner.progress()), BOARD);

        LearnerCheckpoint.Table read = assertInstanceOf(LearnerCheckpoint.Table.class,
                LearnerCheckpoint.load(file, BOARD));
        assertEquals(learner.progress(), read.progress());
        assertEquals(learner.table().states(), read.table().states());
        double[] empty = new double[9];
        assertArrayEquals(learner.table().values(empty), read.table().values(empty));
    }

    private Path tableCheckpoint() throws IOException {
        Path file = dir.resolve("table.zip");
        LearnerCheckpoint.save(file, new LearnerCheckpoint.Table(new QTable(9),
                TabularQLearning.Progress.start(1)), BOARD);
        return file;
    }

    /** The checkpoint's entries but {@code dropped}, with an entry {@code name} holding {@code text} added. */
    private Path edited(Path source, String dropped, String name, String text) throws IOException {
        Path file = dir.resolve("edited.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals(dropped)) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(in.readAllBytes());
                }
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void aCheckpointEditedByHandOrForAnotherEnvironmentIsRefusedWithItsName() throws IOException {
        Path good = tableCheckpoint();
        assertInstanceOf(LearnerCheckpoint.Table.class, LearnerCheckpoint.load(good, BOARD));

        IOException other = assertThrows(IOException.class, () -> LearnerCheckpoint.load(good, CART));
        assertTrue(other.getMessage().contains("another environment"), other.getMessage());
        IOException extra = assertThrows(IOException.class, () -> LearnerCheckpoint.load(
                edited(good, "", "preprocessor.bin", "x"), BOARD));
        assertTrue(extra.getMessage().contains("preprocessor.bin"), extra.getMessage());
        IOException damaged = assertThrows(IOException.class, () -> LearnerCheckpoint.load(
                edited(good, LearnerCheckpoint.TABLE, LearnerCheckpoint.TABLE, "9\nkey\tnot numbers\n"), BOARD));
        assertTrue(damaged.getMessage().contains("Q-table"), damaged.getMessage());
        IOException counters = assertThrows(IOException.class, () -> LearnerCheckpoint.load(edited(good,
                LearnerCheckpoint.MANIFEST, LearnerCheckpoint.MANIFEST, "format=1\nobservations=9\nactions=9\n"
                        + "learner=qtable\nsteps=2\nepisodes=5\nrandom=1\n"), BOARD));
        assertTrue(counters.getMessage().contains("cannot be resumed"), counters.getMessage());

        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThrows(IOException.class, () -> LearnerCheckpoint.load(cut, BOARD), "a file cut short");
    }
}
