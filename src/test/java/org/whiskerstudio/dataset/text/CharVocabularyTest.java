package org.whiskerstudio.dataset.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharVocabularyTest {
    @TempDir
    Path dir;

    @Test
    void fitKeepsCharactersSeenAtLeastMinCountTimesSortedAfterTheUnknownSymbol() {
        CharVocabulary v = CharVocabulary.fit("bbbaaaccz", 2);

        assertEquals(4, v.size());
        assertEquals(CharVocabulary.UNKNOWN, v.symbol(0));
        assertEquals("a", v.symbol(1));
        assertEquals("b", v.symbol(2));
        assertEquals("c", v.symbol(3));
    }

    @Test
    void rareAndUnseenCharactersEncodeAsTheUnknownSymbol() {
        CharVocabulary v = CharVocabulary.fit("aaabbb!", 2);

        assertArrayEquals(new int[] {1, 2, 0, 0}, v.encode("ab!?"));
        assertEquals("ab\uFFFD", v.decode(new int[] {1, 2, 0}));
        assertEquals(1, v.unknownCount("aaabbb!"));
    }

    @Test
    void charactersOutsideTheBasicPlaneAreOneSymbol() {
        CharVocabulary v = CharVocabulary.fit("🐳🐳a", 1);

        assertEquals(3, v.size());
        assertEquals(2, v.encode("🐳a").length);
    }

    @Test
    void saveAndLoadGiveTheSameVocabulary() throws IOException {
        CharVocabulary v = CharVocabulary.fit("Call me Ishmael.\n—’", 1);
        Path file = dir.resolve("vocabulary.json");
        v.save(file);

        assertEquals(v, CharVocabulary.load(file));
        assertArrayEquals(v.encode("Call"), CharVocabulary.load(file).encode("Call"));
    }

    @Test
    void loadRefusesADamagedOrMissingFileNamingIt() throws IOException {
        Path bad = dir.resolve("vocabulary.json");
        Files.writeString(bad, "{\"version\":1,\"minCount\":1,\"symbols\":[\"ab\"]}", StandardCharsets.UTF_8);

        IOException twoChars = assertThrows(IOException.class, () -> CharVocabulary.load(bad));
        assertTrue(twoChars.getMessage().contains("vocabulary.json") && twoChars.getMessage().contains("'ab'"));
        Files.writeString(bad, "{not json", StandardCharsets.UTF_8);
        assertTrue(assertThrows(IOException.class, () -> CharVocabulary.load(bad)).getMessage().contains("damaged"));
        assertTrue(assertThrows(IOException.class, () -> CharVocabulary.load(dir.resolve("none.json"))).getMessage()
                .contains("missing"));
    }

    @Test
    void aMinCountBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CharVocabulary.fit("abc", 0));
    }
}
