package org.whiskerstudio.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.GreedyChecks;

/**
 * The files of an agent run's folder: {@code agent.json} (its settings), {@code agent.zip} (the agent, an
 * {@code rl.dl4j.AgentBundle} written whole at each checkpoint and at the end), {@code learner.zip} (the learner's
 * whole state, to resume from) and {@code episodes.csv} (one line per training episode: {@value #EPISODES_HEADER}).
 */
public record AgentFiles(RunFolder folder) {
    /** The columns of {@code episodes.csv}; the loss is NaN before a DQN starts learning. */
    public static final String EPISODES_HEADER = "episode,total_steps,return,length,epsilon,loss";

    public Path settings() {
        return folder.root().resolve("agent.json");
    }

    /** The agent as last saved: what {@code whisker rl play}, the Evaluate screen and the board load. */
    public Path bundle() {
        return folder.root().resolve("agent.zip");
    }

    /**
     * The learner's state to go on from ({@code rl.dl4j.LearnerCheckpoint}): written whole at each checkpoint, before
     * {@link #bundle()}; a run without it cannot be resumed.
     */
    public Path learner() {
        return folder.root().resolve("learner.zip");
    }

    /** The episode number a line of {@code episodes.csv} begins with; empty for a line cut short or damaged. */
    static Optional<Integer> episodeOf(String line) {
        int comma = line.indexOf(',');
        if (comma < 1 || line.split(",", -1).length != 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(line.substring(0, comma)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The greedy check whose network {@link #bundle()} holds, when checks were played ({@code rl.GreedyChecks}):
     * written whole just after the bundle, so a resumed run knows what it has to beat.
     */
    public Path check() {
        return folder.root().resolve("agent-check.properties");
    }

    public void writeCheck(GreedyChecks.Check check) throws IOException {
        Properties p = new Properties();
        p.setProperty("mean", Double.toString(check.mean()));
        p.setProperty("step", Long.toString(check.step()));
        p.setProperty("episode", Integer.toString(check.episode()));
        StringWriter text = new StringWriter();
        p.store(text, "The greedy check of the network in agent.zip");
        AtomicFiles.write(check(), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when no check was kept; a damaged file is an error naming it. */
    public Optional<GreedyChecks.Check> readCheck() throws IOException {
        if (!Files.isRegularFile(check())) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(check(), StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new GreedyChecks.Check(Double.parseDouble(p.getProperty("mean")),
                    Long.parseLong(p.getProperty("step")), Integer.parseInt(p.getProperty("episode"))));
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IOException(check() + " is damaged: " + e.getMessage(), e);
        }
    }

    public Path episodes() {
        return folder.root().resolve("episodes.csv");
    }

    public void writeSettings(AgentSettings settings) throws IOException {
        AtomicFiles.write(settings(), Json.mapper().writeValueAsBytes(settings));
    }

    /** Empty when the run has no settings (not an agent's run); a damaged file is an error naming it. */
    public Optional<AgentSettings> readSettings() throws IOException {
        return RunFolder.readJson(settings(), AgentSettings.class);
    }

    /** The last {@code count} episodes, oldest first; empty before the first. */
    public List<EpisodeReport> lastEpisodes(int count) throws IOException {
        Deque<EpisodeReport> last = new ArrayDeque<>();
        forEachEpisode(e -> {
            last.addLast(e);
            if (last.size() > count) {
                last.removeFirst();
            }
        });
        return List.copyOf(last);
    }

    private void forEachEpisode(java.util.function.Consumer<EpisodeReport> each) throws IOException {
        if (!Files.isRegularFile(episodes())) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(episodes(), StandardCharsets.UTF_8)) {
            in.readLine();
            int row = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                row++;
                String[] f = line.split(",");
                if (f.length != 6) {
                    // A line cut short by a killed process is the file's last: what came before stands.
                    continue;
                }
                try {
                    each.accept(new EpisodeReport(Integer.parseInt(f[0]), Long.parseLong(f[1]),
                            Double.parseDouble(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]),
                            Double.parseDouble(f[5])));
                } catch (NumberFormatException e) {
                    throw new IOException(episodes() + " is damaged at line " + row + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
