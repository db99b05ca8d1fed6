package org.whiskerstudio.dataset.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.project.ProjectStore;

/** The corpus: the project's texts joined in import order; clear errors when there is nothing to learn from. */
class CharCorpusTest {
    @TempDir
    Path dir;

    @Test
    void textsAreJoinedInImportOrderAndAClassChoosesThem() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p")) {
            TextFixtures.addText(store, "one.txt", "first\r\ntext", Optional.of("a"));
            TextFixtures.addText(store, "two.txt", "second", Optional.of("b"));
            TextFixtures.addText(store, "three.txt", "third", Optional.of("a"));

            assertEquals("first\ntext\n\nsecond\n\nthird", CharCorpus.read(store, Optional.empty()).text());
            CharCorpus a = CharCorpus.read(store, Optional.of("a"));
            assertEquals("first\ntext\n\nthird", a.text());
            assertEquals(2, a.examples());
        }
    }

    @Test
    void aProjectWithoutTextOrAnUnknownClassGetsAClearError() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p")) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> CharCorpus.read(store, Optional.empty()))
                    .getMessage().contains("no text examples"));
            TextFixtures.addText(store, "one.txt", "text", Optional.of("a"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> CharCorpus.read(store, Optional.of("zzz")))
                    .getMessage().contains("no class \"zzz\""));
        }
    }

    @Test
    void theValidationTailIsTheLastShareOfTheText() {
        CharCorpus corpus = new CharCorpus("0123456789".repeat(10), 1);

        assertEquals(95, corpus.validationStart(0.05));
        assertEquals(100, corpus.validationStart(0));
        assertThrows(IllegalArgumentException.class, () -> corpus.validationStart(1));
    }

    @Test
    void preparedDataSplitsTheTailOffAndRefusesATextTooShortForOneWindow() {
        CharData data = CharData.of(new CharCorpus("abcdefghij".repeat(300), 1), 10);

        assertEquals(11, data.vocabulary().size());
        assertEquals((2850 - 1) / 10, data.train().count());
        assertEquals((150 - 1) / 10, data.validation().orElseThrow().count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CharData.of(new CharCorpus("abcabcabc", 1), 100));
        assertTrue(e.getMessage().contains("needs at least 101"), e.getMessage());
    }
}
