package org.whiskerstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.DataProfile;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.text.CharData;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

class DataProfilerTest {
    @TempDir
    Path temp;

    @Test
    void anEmptyProjectProfilesAsColourImagesOf64AndPrintableAsciiText() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            DataProfile profile = DataProfiler.profile(store);
            assertEquals(Set.of(), profile.kinds());
            assertEquals(0, profile.classes());
            assertEquals(new TensorShape.Image(64, 64, 3), profile.imageInput());
            // 95 printable ASCII characters, newline and the unknown symbol.
            assertEquals(new TensorShape.Sequence(CharData.STEPS, 97), profile.characters());
        }
    }

    @Test
    void smallColourImagesGiveTheirOwnSizeAndOneLstmStepPerRow() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            DatasetFixture.darkAndLight(store, 3, 8);
            DataProfile profile = DataProfiler.profile(store);
            assertEquals(Set.of(MediaKind.IMAGE), profile.kinds());
            assertEquals(2, profile.classes());
            assertEquals(new TensorShape.Image(8, 8, 3), profile.imageInput());
            assertEquals(new TensorShape.Sequence(8, 8), profile.sequences().input());
        }
    }

    @Test
    void textsGiveTheCharacterModelTheirVocabulary() {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            Random random = new Random(3);
            for (int i = 0; i < 4; i++) {
                SequenceFixture.text(store, SequenceFixture.catSentence(random).repeat(20), "cat");
            }
            DataProfile profile = DataProfiler.profile(store);
            assertEquals(Set.of(MediaKind.TEXT), profile.kinds());
            assertEquals(MediaKind.TEXT, profile.sequences().kind());
            assertEquals(CharData.vocabularySize(store), profile.characters().features());
        }
    }
}
