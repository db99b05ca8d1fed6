package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;

/** An import killed with SIGKILL loses nothing it committed, leaves a sound project, and can simply be run again. */
class ImportKillTest {
    private static final int FILES = 400;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void importKilledMidwayLeavesSoundProjectAndSecondImportFinishesIt() throws Exception {
        Path source = tmp.resolve("photos");
        // Big enough that one worker thread needs seconds for the lot: the kill lands mid-import.
        TestImages.distinctJpegs(source, FILES, 800, 600);
        Path projectDir = tmp.resolve("project");
        ProjectStore.create(projectDir, "killed").close();
        Path log = tmp.resolve("child.log");

        Process child = startChild(projectDir, source, log);
        int seenBeforeKill;
        try {
            seenBeforeKill = waitForCommittedImages(projectDir.resolve("project.db"), child, log);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child did not die");
        }
        assertTrue(seenBeforeKill < FILES, "the child finished before it was killed, so nothing was tested");

        int afterKill;
        try (ProjectStore store = ProjectStore.open(projectDir)) {
            assertEquals("ok", store.integrityCheck());
            afterKill = store.imageCount();
            assertTrue(afterKill >= seenBeforeKill, afterKill + " images after the kill, " + seenBeforeKill + " seen before");
            assertTrue(afterKill < FILES, "the child finished before it was killed, so nothing was tested");
            for (ImageAsset image : store.images(ImageQuery.ALL)) {
                Path stored = store.layout().resolveStored(image.storedPath());
                assertNotNull(ImageIO.read(stored.toFile()), "stored file of a committed image does not decode: " + stored);
                assertTrue(Files.isRegularFile(store.layout().thumbnail(image.sha256())), "no thumbnail for " + stored);
            }

            ImportReport rest = new ImageImporter(store).run(ImportRequest.of(List.of(source)), Progress.NONE,
                    Cancellation.none());

            assertEquals(List.of(), rest.problems());
            assertEquals(FILES - afterKill, rest.imported(), rest.summary());
            assertEquals(afterKill, rest.duplicates(), rest.summary());
            assertEquals(FILES, store.imageCount());
            assertEquals("ok", store.integrityCheck());
        }
    }

    private static Process startChild(Path projectDir, Path source, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), projectDir.toString(), source.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        return builder.start();
    }

    /** Polls the database from this process (WAL lets it read while the child writes) until images show up. */
    private static int waitForCommittedImages(Path db, Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the child exited early (" + child.exitValue() + "):\n" + Files.readString(log));
            }
            int count = committedImages(db);
            if (count > 0) {
                return count;
            }
            Thread.sleep(10);
        }
        fail("no image was committed within 30 s:\n" + Files.readString(log));
        return 0;
    }

    private static int committedImages(Path db) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(200);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM image")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException busyOrNotYetReadable) {
            return 0;
        }
    }
}
