package org.whiskerstudio.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.text.CharCorpus;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

/** The Moby Dick sample opens as one tagged text example per chapter, in book order. */
class TextSamplesTest {
    @TempDir
    Path dir;

    @Test
    void chaptersAreCutAtChapterLinesAndAPrefaceStaysWithTheFirst() {
        assertEquals(List.of("Preface\nCHAPTER 1. A\ntext", "CHAPTER 2. B\nmore"),
                TextSamples.chapters("Preface\r\nCHAPTER 1. A\ntext\n\nCHAPTER 2. B\nmore\n"));
        assertEquals(List.of("no chapters here"), TextSamples.chapters("no chapters here"));
    }

    @Test
    void mobyDickBecomes135TaggedTextExamplesInBookOrder() throws Exception {
        Path folder = SampleProjects.materialise(TextSamples.MOBY_DICK, dir, Progress.NONE, new Cancellation());

        try (ProjectStore store = ProjectStore.open(folder)) {
            List<ImageAsset> texts = store.images(ImageQuery.ALL);
            assertEquals(135, texts.size());
            assertTrue(texts.stream().allMatch(t -> MediaKind.of(t.format()) == MediaKind.TEXT && t.isLabelled()));
            assertEquals("chapter-001.txt", texts.get(0).fileName());
            String book = CharCorpus.read(store, Optional.of("Moby Dick")).text();
            assertTrue(book.startsWith("CHAPTER 1. Loomings.\n\nCall me Ishmael."), book.substring(0, 40));
            assertTrue(book.endsWith("rolled five thousand years ago."));
            assertTrue(book.length() > 1_150_000);
        }
    }
}
