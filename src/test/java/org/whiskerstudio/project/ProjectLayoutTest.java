package org.whiskerstudio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLayoutTest {
    @TempDir
    Path tmp;

    @Test
    void storedImageIsNamedByHashInFolderOfItsFirstTwoDigits() {
        ProjectLayout layout = new ProjectLayout(tmp);
        String hash = NewImages.hashOf("x");

        Path stored = layout.storedImage(hash, "png");

        assertEquals(tmp.resolve("images").resolve(hash.substring(0, 2)).resolve(hash + ".png"), stored);
    }

    @Test
    void relativizedPathsUseForwardSlashesAndResolveBack() {
        ProjectLayout layout = new ProjectLayout(tmp);
        Path stored = layout.storedImage(NewImages.hashOf("x"), "jpg");

        String relative = layout.relativize(stored);

        assertEquals("images/" + stored.getParent().getFileName() + "/" + stored.getFileName(), relative);
        assertEquals(stored, layout.resolveStored(relative));
    }

    @Test
    void rootIsAbsoluteAndNormalised() {
        ProjectLayout layout = new ProjectLayout(tmp.resolve("a").resolve("..").resolve("b"));

        assertEquals(tmp.resolve("b").toAbsolutePath().normalize(), layout.root());
    }
}
