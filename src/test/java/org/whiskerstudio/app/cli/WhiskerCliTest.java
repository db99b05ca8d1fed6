package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.app.LauncherAccess;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;

/** The command line over the real store and importer. */
class WhiskerCliTest {
    @TempDir
    Path temp;

    /** The command's exit, output and errors, through the CLI tests' one helper. */
    private static PredictCommandTest.Run run(String... args) {
        return PredictCommandTest.run(args);
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

        PredictCommandTest.Run imported = run("import", project.toString(), data.toString(), "--by-folder", "--create");
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("3 imported, 0 duplicates skipped, 0 problems"), imported.out());
        assertTrue(imported.out().contains("100% (3/3)"), "progress is shown: " + imported.out());

        PredictCommandTest.Run info = run("info", project.toString());
        assertEquals(0, info.exit(), info.err());
        assertTrue(info.out().contains("Images:     3"), info.out());
        assertTrue(info.out().matches("(?s).*cat\\s+2.*dog\\s+1.*"), info.out());
    }

    @Test
    void importByFolderOfImagesAlreadyInTheProjectLabelsThemAndSaysSo() throws IOException {
        Path loose = temp.resolve("loose");
        writePng(loose.resolve("a.png"), 1);
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("cat"));
        Files.copy(loose.resolve("a.png"), data.resolve("cat/a.png"));
        Path project = temp.resolve("proj");
        run("import", project.toString(), loose.toString(), "--create");

        PredictCommandTest.Run imported = run("import", project.toString(), data.toString(), "--by-folder");

        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("0 imported, 1 duplicate skipped (1 already in the project, labelled from"
                + " their folder), 0 problems"), imported.out());
        PredictCommandTest.Run info = run("info", project.toString());
        assertTrue(info.out().matches("(?s).*cat\\s+1.*"), info.out());
    }

    @Test
    void importSeriesWindowsAndTextsFromTheCommandLine() throws IOException {
        Path csv = temp.resolve("readings.csv");
        Files.writeString(csv, "mote,t,label\n1,1,a\n1,2,a\n1,3,b\n1,4,b\n2,5,a\n2,6,b\n");
        Path texts = temp.resolve("texts.csv");
        Files.writeString(texts, "label,text\nham,hello\nspam,buy now\n");
        Path project = temp.resolve("seq");

        PredictCommandTest.Run series = run("import", project.toString(), csv.toString(), "--series", "--create", "--label-column", "label",
                "--window", "2", "--stride", "2", "--group", "mote", "--label-policy", "last", "--label-names", "a=calm,b=busy");
        PredictCommandTest.Run text = run("import", project.toString(), texts.toString(), "--text");
        PredictCommandTest.Run bad = run("import", project.toString(), csv.toString(), "--series", "--label-column", "label", "--window", "0");

        assertEquals(0, series.exit(), series.out() + series.err());
        assertTrue(series.out().contains("3 imported, 0 duplicates skipped, 0 problems"), series.out());
        assertEquals(0, text.exit(), text.out() + text.err());
        assertTrue(text.out().contains("2 imported"), text.out());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("the window length must be 1 to 100000 rows, not 0"), bad.err());
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals(List.of("calm", "busy", "ham", "spam"),
                    store.labelClasses().stream().map(LabelClass::name).toList());
        }
    }

    @Test
    void importListsRefusedFilesAndExitsWithTwo() throws IOException {
        Path data = temp.resolve("data");
        writePng(data.resolve("good.png"), 1);
        Files.writeString(data.resolve("broken.jpg"), "not a jpeg at all");
        Path project = temp.resolve("proj");
        run("create", project.toString());

        PredictCommandTest.Run imported = run("import", project.toString(), data.toString());
        assertEquals(2, imported.exit());
        assertTrue(imported.out().contains("broken.jpg: "), imported.out());
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals(1, store.imageCount());
        }
    }

    @Test
    void infoOnAFolderThatIsNotAProjectSaysSoInOneLine() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        PredictCommandTest.Run info = run("info", plain.toString());
        assertEquals(1, info.exit());
        assertTrue(info.err().startsWith("error: ") && info.err().contains("is not a Whisker Studio project"), info.err());
        assertEquals(1, info.err().strip().lines().count(), "no stack trace: " + info.err());
    }

    @Test
    void launcherTreatsCommandsAsCliAndPathsAsGui() {
        assertTrue(LauncherAccess.isCommand("import"));
        assertTrue(LauncherAccess.isCommand("--help"));
        assertTrue(!LauncherAccess.isCommand("/home/me/my-project"));
    }
}
