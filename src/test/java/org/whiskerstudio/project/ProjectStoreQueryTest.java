package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProjectStore#images(ImageQuery)}: label filters and the file-name search. */
class ProjectStoreQueryTest {
    @TempDir
    Path tmp;
    private ProjectStore store;
    private LabelClass cat;
    private LabelClass dog;

    @BeforeEach
    void fillStore() {
        store = ProjectStore.create(tmp.resolve("p"), "p");
        store.addImages(List.of(
                NewImages.tagged("1", "Cat_01.png", "cat"),
                NewImages.tagged("2", "cat101.png", "cat"),
                NewImages.tagged("3", "dog 100%.jpg", "dog"),
                NewImages.unlabelled("4", "dog1000.jpg"),
                NewImages.unlabelled("5", "back\\slash.png")));
        cat = store.ensureLabelClass("cat");
        dog = store.ensureLabelClass("dog");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void allListsEveryImageInImportOrder() {
        assertEquals(List.of("Cat_01.png", "cat101.png", "dog 100%.jpg", "dog1000.jpg", "back\\slash.png"),
                names(ImageQuery.ALL));
    }

    @Test
    void unlabelledListsOnlyImagesWithoutTags() {
        assertEquals(List.of("dog1000.jpg", "back\\slash.png"), names(query(new ImageQuery.LabelFilter.Unlabelled(), "")));
    }

    @Test
    void ofClassListsOnlyImagesTaggedWithThatClass() {
        assertEquals(List.of("Cat_01.png", "cat101.png"), names(query(new ImageQuery.LabelFilter.OfClass(cat.id()), "")));
        assertEquals(List.of("dog 100%.jpg"), names(query(new ImageQuery.LabelFilter.OfClass(dog.id()), "")));
    }

    @Test
    void nameSearchIgnoresCase() {
        assertEquals(List.of("Cat_01.png", "cat101.png"), names(query(new ImageQuery.LabelFilter.All(), "CAT")));
    }

    @Test
    void nameSearchTakesUnderscoreLiterally() {
        // As a LIKE wildcard "_" would also match the "1" in "cat101".
        assertEquals(List.of("Cat_01.png"), names(query(new ImageQuery.LabelFilter.All(), "cat_0")));
    }

    @Test
    void nameSearchTakesPercentLiterally() {
        // As a LIKE wildcard "100%" would also match "dog1000".
        assertEquals(List.of("dog 100%.jpg"), names(query(new ImageQuery.LabelFilter.All(), "100%")));
        assertEquals(List.of(), names(query(new ImageQuery.LabelFilter.All(), "%%")));
    }

    @Test
    void nameSearchTakesBackslashLiterally() {
        assertEquals(List.of("back\\slash.png"), names(query(new ImageQuery.LabelFilter.All(), "k\\s")));
    }

    @Test
    void nameSearchCombinesWithLabelFilter() {
        assertEquals(List.of("dog1000.jpg"), names(query(new ImageQuery.LabelFilter.Unlabelled(), "DOG")));
    }

    @Test
    void blankSearchMatchesEverything() {
        assertEquals(5, store.images(query(new ImageQuery.LabelFilter.All(), "   ")).size());
        assertEquals(5, store.images(query(new ImageQuery.LabelFilter.All(), null)).size());
    }

    private static ImageQuery query(ImageQuery.LabelFilter filter, String text) {
        return new ImageQuery(filter, text);
    }

    private List<String> names(ImageQuery query) {
        return store.images(query).stream().map(ImageAsset::fileName).toList();
    }
}
