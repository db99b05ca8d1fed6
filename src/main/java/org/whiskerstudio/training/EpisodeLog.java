package org.whiskerstudio.training;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.rl.EpisodeReport;

/**
 * Writes an agent run's {@code episodes.csv}: one line per episode, buffered (tabular Q-learning ends thousands a
 * second) and flushed before each checkpoint and on close, so the file is complete up to the saved learner. A
 * resumed run keeps the lines up to its checkpoint and appends after them.
 */
public final class EpisodeLog implements AutoCloseable {
    private final BufferedWriter out;

    /** A new run's log, from its header. */
    public EpisodeLog(AgentFiles files) throws IOException {
        Files.createDirectories(files.folder().root());
        out = Files.newBufferedWriter(files.episodes(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        out.write(AgentFiles.EPISODES_HEADER);
        out.newLine();
    }

    private EpisodeLog(BufferedWriter out) {
        this.out = out;
    }

    /**
     * A resumed run's log: the lines of episodes up to {@code episodes} stay (the file may have run ahead of the
     * checkpoint, or end in a line cut short by a killed process), rewritten whole, and new ones are appended.
     */
    public static EpisodeLog continuing(AgentFiles files, int episodes) throws IOException {
        AtomicFiles.write(files.episodes(), target -> {
            Writer kept = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
            kept.write(AgentFiles.EPISODES_HEADER + "\n");
            if (Files.isRegularFile(files.episodes())) {
                try (BufferedReader in = Files.newBufferedReader(files.episodes(), StandardCharsets.UTF_8)) {
                    in.readLine();
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (AgentFiles.episodeOf(line).filter(e -> e <= episodes).isPresent()) {
                            kept.write(line + "\n");
                        }
                    }
                }
            }
            kept.flush();
        });
        return new EpisodeLog(Files.newBufferedWriter(files.episodes(), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND));
    }

    public void append(EpisodeReport e) throws IOException {
        out.write(e.episode() + "," + e.totalSteps() + "," + e.episodeReturn() + "," + e.length() + ","
                + e.epsilon() + "," + e.loss());
        out.newLine();
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
