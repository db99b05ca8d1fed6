package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.text.TextFixtures;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;

/** Unlabelled texts are something to train on (a character model), so the Train screen does not turn them away. */
class TrainingProjectTest {
    @TempDir
    Path dir;

    @Test
    void aProjectOfUnlabelledTextsHasExamplesToTrainOn() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p")) {
            TrainingProject project = TrainingProject.of(new ProjectSession(store), TrainingServiceFactory.UNAVAILABLE);
            assertEquals(0, project.labelledImages());

            TextFixtures.addText(store, "book.txt", "Call me Ishmael.", Optional.empty());
            TextFixtures.addText(store, "more.txt", "Some years ago.", Optional.empty());
            assertEquals(2, project.labelledImages());

            TextFixtures.addText(store, "tagged.txt", "never mind how long", Optional.of("novel"));
            assertEquals(1, project.labelledImages(), "labelled examples count first, as for images");
        }
    }
}
