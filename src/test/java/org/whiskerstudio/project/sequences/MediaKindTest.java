package org.whiskerstudio.project.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project's examples named as what they are, and which kind a project is. */
class MediaKindTest {
    @Test
    void examplesAreCountedInTheirOwnWords() {
        assertEquals(List.of("1 image", "1,885 series", "2 texts", "1 series"), List.of(MediaKind.IMAGE.count(1),
                MediaKind.SERIES.count(1885), MediaKind.TEXT.count(2), MediaKind.SERIES.count(1)));
        assertEquals(List.of("images", "series", "texts"),
                List.of(MediaKind.IMAGE.plural(), MediaKind.SERIES.plural(), MediaKind.TEXT.plural()));
    }

    @Test
    void aProjectIsWhatMostOfItsExamplesAreAndImagesWhenEmpty() {
        assertEquals(MediaKind.SERIES, MediaKind.most(Map.of(MediaKind.IMAGE, 2, MediaKind.SERIES, 5)));
        assertEquals(MediaKind.IMAGE, MediaKind.most(Map.of()));
        assertEquals(MediaKind.IMAGE, MediaKind.most(Map.of(MediaKind.IMAGE, 3, MediaKind.TEXT, 3)), "a tie");
    }
}
