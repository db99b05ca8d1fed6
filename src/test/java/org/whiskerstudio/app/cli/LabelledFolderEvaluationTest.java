package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.deploy.dl4j.TinyModel;

/** {@code whisker evaluate --data FOLDER}: a folder with a sub-folder per class is evaluated like a project. */
@Tag("engine")
class LabelledFolderEvaluationTest {
    private final TinyModel.Trained tiny = TinyModel.get();

    @TempDir
    Path temp;

    @Test
    void aFolderOfClassFoldersIsEvaluatedAndItsUnknownClassIsNamed() throws Exception {
        Path folder = temp.resolve("holiday photos");
        for (int i = 0; i < 4; i++) {
            write(folder.resolve("dark/d" + i + ".png"), DatasetFixture.png(8, 8, new Color(15 + i, 5, 0)));
            write(folder.resolve("light/l" + i + ".png"), DatasetFixture.png(8, 8, new Color(240 - i, 245, 250)));
        }
        write(folder.resolve("grey/g.png"), DatasetFixture.png(8, 8, Color.GRAY));

        PredictCommandTest.Run r = PredictCommandTest.run("evaluate", tiny.project().toString(), "--run",
                String.valueOf(tiny.runId()), "--data", folder.toString());

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*\\nAccuracy\\s+100\\.00%\\n.*"), r.out());
        assertTrue(r.out().contains("8 images"), r.out());
        assertTrue(r.out().contains("class \"grey\" left out"), r.out());
        PredictCommandTest.Run again = PredictCommandTest.run("evaluate", tiny.project().toString(), "--run",
                String.valueOf(tiny.runId()), "--data", folder.toString());
        assertEquals(r.out().substring(r.out().indexOf("Accuracy")), again.out().substring(again.out().indexOf("Accuracy")),
                "the second evaluation reuses the folder's project");
    }

    @Test
    void aFolderWithoutClassFoldersIsRefusedSayingWhatToDo() throws Exception {
        Path folder = temp.resolve("flat");
        write(folder.resolve("a.png"), DatasetFixture.png(8, 8, Color.BLACK));
        PredictCommandTest.Run r = PredictCommandTest.run("evaluate", tiny.project().toString(), "--run",
                String.valueOf(tiny.runId()), "--data", folder.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("has no class folders"), r.err());
    }

    private static void write(Path file, byte[] content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
