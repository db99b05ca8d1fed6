package org.whiskerstudio.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectStore;

class ClassStoreTest {
    @TempDir
    Path temp;
    private ProjectStore project;
    private ClassStore classes;

    @BeforeEach
    void setUp() {
        project = LabellingFixture.projectWithImages(temp.resolve("p"), 1);
        classes = new ClassStore(project);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void renamingOntoAnotherClassNameIsRefusedWithAHintToMerge() {
        classes.create("cat");
        long dog = classes.create("dog").id();
        ProjectException e = assertThrows(ProjectException.class, () -> classes.rename(dog, "CAT"));
        assertTrue(e.getMessage().contains("merge"), e.getMessage());
    }

    @Test
    void badColoursAndNamesAreRefusedInPlainWords() {
        long cat = classes.create("cat").id();
        assertThrows(ProjectException.class, () -> classes.recolour(cat, "red; drop table"));
        assertThrows(ProjectException.class, () -> classes.create("  "));
        assertThrows(ProjectException.class, () -> classes.create("two\nlines"));
        assertThrows(ProjectException.class, () -> classes.create("Cat"));
    }

    @Test
    void usageCountsImagesAndAnnotations() {
        long cat = classes.create("cat").id();
        long image = LabellingFixture.imageId(project, 0);
        new AnnotationStore(project).apply(List.of(), List.of(
                new Annotation(0, image, cat, new Shape.Box(0, 0, 1, 1), Set.of()),
                new Annotation(0, image, cat, new Shape.Box(2, 2, 3, 3), Set.of())));
        ClassUsage usage = classes.usage().get(0);
        assertEquals(1, usage.images());
        assertEquals(2, usage.annotations());
    }
}
