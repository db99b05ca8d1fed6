package org.whiskerstudio.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.whiskerstudio.rl.EpisodeReport;

/**
 * Writes an agent run's {@code episodes.csv} from its start: one line per episode, buffered (tabular Q-learning ends
 * thousands a second) and flushed at each checkpoint and on close, so the file is complete up to the saved agent.
 */
public final class EpisodeLog implements AutoCloseable {
    private final BufferedWriter out;

    public EpisodeLog(AgentFiles files) throws IOException {
        Files.createDirectories(files.folder().root());
        out = Files.newBufferedWriter(files.episodes(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        out.write(AgentFiles.EPISODES_HEADER);
        out.newLine();
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
