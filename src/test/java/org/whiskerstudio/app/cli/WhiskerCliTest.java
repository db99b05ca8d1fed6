package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.project.ProjectStore;

/** The command line over the real store and importer. */
class WhiskerCliTest {
    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private void writePng(Path file, int seed) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        img.setRGB(seed % 40, 0, 0xFFFFFF);
        img.setRGB(0, seed % 30, 0x00FF00 + seed);
        ImageIO.write(img, "png", file.toFile());
    }

    @Test
    void importByFolderThenInfoPrintsCountsPerClass() throws IOException {
        Path data = temp.resolve("data");
        writePng(data.resolve("cat/a.png"), 1);
        writePng(data.resolve("cat/b.png"), 2);
        writePng(data.resolve("dog/c.png"), 3);
        Path project = temp.resolve("proj");

        Run imported = run("import", project.toString(), data.toString(), "--by-folder", "--create");
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("3 imported, 0 duplicates skipped, 0 problems"), imported.out());
        assertTrue(imported.out().contains("100% (3/3)"), "progress is shown: " + imported.out());

        Run info = run("info", project.toString());
        assertEquals(0, info.exit(), info.err());
        assertTrue(info.out().contains("Images:     3"), info.out());
        assertTrue(info.out().matches("(?s).*cat\\s+2.*dog\\s+1.*"), info.out());
    }

    @Test
    void importListsRefusedFilesAndExitsWithTwo() throws IOException {
        Path data = temp.resolve("data");
        writePng(data.resolve("good.png"), 1);
        Files.writeString(data.resolve("broken.jpg"), "not a jpeg at all");
        Path project = temp.resolve("proj");
        run("create", project.toString());

        Run imported = run("import", project.toString(), data.toString());
        assertEquals(2, imported.exit());
        assertTrue(imported.out().contains("broken.jpg: "), imported.out());
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals(1, store.imageCount());
        }
    }

    @Test
    void infoOnAFolderThatIsNotAProjectSaysSoInOneLine() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Run info = run("info", plain.toString());
        assertEquals(1, info.exit());
        assertTrue(info.err().startsWith("error: ") && info.err().contains("is not a Whisker Studio project"), info.err());
        assertEquals(1, info.err().strip().lines().count(), "no stack trace: " + info.err());
    }

    @Test
    void launcherTreatsCommandsAsCliAndPathsAsGui() {
        assertTrue(org.whiskerstudio.app.LauncherAccess.isCommand("import"));
        assertTrue(org.whiskerstudio.app.LauncherAccess.isCommand("--help"));
        assertTrue(!org.whiskerstudio.app.LauncherAccess.isCommand("/home/me/my-project"));
    }
}
