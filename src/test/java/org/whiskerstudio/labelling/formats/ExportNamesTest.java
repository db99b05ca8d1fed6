package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Unique file names for exports that put every image in one folder. */
class ExportNamesTest {

    private static List<String> names(String... paths) {
        return ExportNames.of(List.of(paths).stream()
                .map(p -> DatasetImage.read(p, 0, 0, List.of(), List.of())).toList());
    }

    @Test
    void keepsNamesThatAreAlreadyUnique() {
        assertEquals(List.of("a.jpg", "b.jpg"), names("x/a.jpg", "y/b.jpg"));
    }

    @Test
    void numbersLaterImagesWhoseStemClashesEvenInAnotherCaseOrExtension() {
        assertEquals(List.of("cat.jpg", "2_Cat.png", "3_cat.jpg"), names("a/cat.jpg", "b/Cat.png", "c/cat.jpg"));
    }

    @Test
    void neverGivesAnImageANameAnotherImageHasOfItsOwn() {
        assertEquals(List.of("cat.jpg", "3_cat.jpg", "2_cat.jpg"), names("a/cat.jpg", "b/cat.jpg", "2_cat.jpg"));
    }

    @Test
    void replacesCharactersThatAreNotPlainFileNames() {
        assertEquals(List.of("a_b.jpg", "image"), names("a:b.jpg", ".."));
    }
}
