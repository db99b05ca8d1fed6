package org.whiskerstudio.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.text.TextFixtures;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;

/**
 * The Train screen asks the chosen architecture's kind what it needs: texts (labelled or not) for a character model,
 * labelled images for a GAN, labelled examples for a classifier; it opens when any of the project's architectures has
 * what it needs, so another one can be chosen there.
 */
class TrainingProjectTest {
    static final String CHARS = "Char LSTM";
    static final String LENET = "LeNet";
    static final String GAN = "DCGAN";

    @TempDir
    Path dir;
    private ProjectStore store;
    private TrainingProject project;

    @BeforeEach
    void open() {
        store = ProjectStore.create(dir.resolve("p"), "p");
        project = TrainingProject.of(new ProjectSession(store), TrainingServiceFactory.UNAVAILABLE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void save(String... names) {
        ArchitectureStore architectures = new ArchitectureStore(store);
        for (String name : names) {
            architectures.save(switch (name) {
                case CHARS -> new Architecture(CHARS, Templates.charLstm(40, 100), Optional.empty());
                case GAN -> Templates.dcgan(new TensorShape.Image(28, 28, 1), 100).withName(GAN);
                default -> new Architecture(LENET, Templates.lenet(new TensorShape.Image(28, 28, 1), 2), Optional.empty());
            });
        }
    }

    @Test
    void aCharacterModelIsReadyWithLabelledImagesAndUnlabelledTexts() throws Exception {
        DatasetFixture.rows(store, "cat", 3, "cat");
        TextFixtures.addText(store, "book.txt", "Call me Ishmael.", Optional.empty());
        save(CHARS);

        assertEquals(Optional.empty(), project.notReady(CHARS));
    }

    @Test
    void aCharacterModelWithoutTextsSaysToImportThem() {
        DatasetFixture.rows(store, "cat", 3, "cat");
        DatasetFixture.rows(store, "raw", 2, "");
        save(CHARS);

        assertEquals(Optional.of(ExampleCounts.missing(ModelKind.CHARACTER_MODEL)), project.notReady(CHARS));
        assertTrue(project.notReady(CHARS).orElseThrow().startsWith("No texts yet."));
    }

    @Test
    void aClassifierOverUnlabelledTextsSaysToLabelUnlessACharacterModelCanReadThem() throws Exception {
        TextFixtures.addText(store, "book.txt", "Call me Ishmael.", Optional.empty());
        save(LENET);
        assertEquals(Optional.of(ExampleCounts.missing(ModelKind.CLASSIFIER)), project.notReady(LENET));

        save(CHARS);
        assertEquals(Optional.empty(), project.notReady(LENET), "the screen opens: the character model can be chosen");
    }

    @Test
    void aGanNeedsLabelledImagesNotLabelledTexts() throws Exception {
        TextFixtures.addText(store, "tagged.txt", "never mind how long", Optional.of("novel"));
        save(GAN);
        assertEquals(Optional.of(ExampleCounts.missing(ModelKind.GAN)), project.notReady(GAN));

        DatasetFixture.rows(store, "cat", 2, "cat");
        assertEquals(Optional.empty(), project.notReady(GAN));
    }

    @Test
    void labelledTextsAreExamplesForAClassifier() throws Exception {
        TextFixtures.addText(store, "tagged.txt", "never mind how long", Optional.of("novel"));
        save(LENET);

        assertEquals(Optional.empty(), project.notReady(LENET));
        assertEquals(new ExampleCounts(1, 0, 1), ExampleCounts.of(store));
    }
}
