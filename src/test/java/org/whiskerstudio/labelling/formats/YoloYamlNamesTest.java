package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.whiskerstudio.labelling.formats.FormatFixtures.text;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names: of data.yaml files as YOLOv5, YOLOv8 and hand editors write them. */
class YoloYamlNamesTest {
    @TempDir
    Path tmp;

    private List<String> names(String yaml) throws Exception {
        return YoloYamlNames.read(text(tmp.resolve("data.yaml"), yaml));
    }

    @Test
    void readsAFlowListSpanningLines() throws Exception {
        assertEquals(List.of("person", "traffic light]", "cat's toy"),
                names("nc: 3\nnames: [ 'person', \"traffic light]\",\n  cat's toy ]\n"));
    }

    @Test
    void readsABlockListAtTheKeysIndentation() throws Exception {
        assertEquals(List.of("cat", "dog"), names("names:\n- cat\n- dog  # the good boy\ntrain: images\n"));
    }

    @Test
    void readsNumberedNamesInIdOrderWithQuotesAndHashes() throws Exception {
        assertEquals(List.of("a: b", "c # d", "it's"), names("names:\n  1: \"c # d\"\n  0: 'a: b'\n\n  2: 'it''s'\n"));
    }

    @Test
    void readsAFlowMap() throws Exception {
        assertEquals(List.of("cat", "dog"), names("names: {0: cat, 1: dog}\n"));
    }

    @Test
    void refusesNumberedNamesWithAGap() {
        FormatException e = assertThrows(FormatException.class, () -> names("names:\n  0: cat\n  2: dog\n"));

        assertEquals("names: has no class 1; numbers must run from 0 without gaps", e.reason());
    }

    @Test
    void refusesAFileWithoutNames() {
        assertThrows(FormatException.class, () -> names("train: images\nnc: 2\n"));
    }
}
