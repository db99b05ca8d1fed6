package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.rl.GreedyChecks;

class AgentFilesTest {
    @TempDir
    Path dir;

    @Test
    void theKeptChecksSurvivesARoundTrip() throws IOException {
        AgentFiles files = new AgentFiles(new RunFolder(dir));
        assertEquals(Optional.empty(), files.readCheck(), "a run without checks has none");
        GreedyChecks.Check check = new GreedyChecks.Check(487.25, 81_845, 612);
        files.writeCheck(check);
        assertEquals(check, files.readCheck().orElseThrow());
    }

    @Test
    void aDamagedCheckFileIsAnErrorNamingIt() throws IOException {
        AgentFiles files = new AgentFiles(new RunFolder(dir));
        Files.writeString(files.check(), "mean=lots\nstep=1\n");
        IOException e = assertThrows(IOException.class, files::readCheck);
        assertTrue(e.getMessage().contains("agent-check.properties"), e.getMessage());
        Files.writeString(files.check(), "mean=400\n");
        assertThrows(IOException.class, files::readCheck);
    }
}
