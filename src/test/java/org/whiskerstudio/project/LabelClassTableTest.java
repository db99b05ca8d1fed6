package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The label_class table's statements, run on the store's connection. */
class LabelClassTableTest {
    @TempDir
    Path tmp;
    private ProjectStore store;

    @BeforeEach
    void createStore() {
        store = ProjectStore.create(tmp.resolve("p"), "p");
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void ensureAppendsANewClassAtTheEndOfTheList() {
        LabelClass cat = store.write(c -> LabelClassTable.ensure(c, " cat "));
        LabelClass dog = store.write(c -> LabelClassTable.ensure(c, "dog"));
        assertEquals("cat", cat.name());
        assertEquals(new LabelClassTable.Placed(dog, 1), store.read(c -> LabelClassTable.find(c, dog.id())).orElseThrow());
        assertEquals(List.of(cat, dog), store.read(LabelClassTable::all));
    }

    @Test
    void changesToAClassThatIsGoneSayNothingChanged() {
        assertFalse(store.<Boolean>write(c -> LabelClassTable.rename(c, 99, "x")));
        assertFalse(store.<Boolean>write(c -> LabelClassTable.recolour(c, 99, "#000000")));
        assertFalse(store.<Boolean>write(c -> LabelClassTable.delete(c, 99)));
        assertTrue(store.read(c -> LabelClassTable.find(c, 99)).isEmpty());
    }

    @Test
    void renameAndRecolourChangeOnlyThatClass() {
        LabelClass cat = store.ensureLabelClass("cat");
        LabelClass dog = store.ensureLabelClass("dog");
        assertTrue(store.<Boolean>write(c -> LabelClassTable.rename(c, cat.id(), "kitten")));
        assertTrue(store.<Boolean>write(c -> LabelClassTable.recolour(c, cat.id(), "#123456")));
        assertEquals(List.of(new LabelClass(cat.id(), "kitten", "#123456"), dog), store.labelClasses());
    }

    @Test
    void aDeletedClassIsRestoredWithItsIdColourAndPlace() {
        LabelClass cat = store.ensureLabelClass("cat");
        store.ensureLabelClass("dog");
        LabelClassTable.Placed placed = store.read(c -> LabelClassTable.find(c, cat.id())).orElseThrow();
        assertTrue(store.<Boolean>write(c -> LabelClassTable.delete(c, cat.id())));
        store.write(c -> {
            LabelClassTable.restore(c, placed);
            return null;
        });
        assertEquals(cat, store.labelClasses().get(0));
    }

    @Test
    void usageCountsImagesAndLabelsPerClass() {
        store.addImages(List.of(NewImages.tagged("a", "a.png", "cat"), NewImages.tagged("b", "b.png", "cat"),
                NewImages.unlabelled("c", "c.png")));
        store.ensureLabelClass("dog");
        List<LabelClassTable.Usage> usage = store.read(LabelClassTable::usage);
        assertEquals(List.of("cat", "dog"), usage.stream().map(u -> u.labelClass().name()).toList());
        assertEquals(List.of(2, 0), usage.stream().map(LabelClassTable.Usage::images).toList());
        assertEquals(List.of(2, 0), usage.stream().map(LabelClassTable.Usage::annotations).toList());
    }
}
