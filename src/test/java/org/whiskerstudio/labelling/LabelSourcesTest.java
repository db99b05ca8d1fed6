package org.whiskerstudio.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;

class LabelSourcesTest {
    @TempDir
    Path temp;
    private ProjectStore store;
    private LabelSources sources;
    private long label;

    @BeforeEach
    void open() {
        store = ProjectStore.create(temp.resolve("p"), "p");
        long image = DatasetFixture.rows(store, "free", 1, "").get(0);
        long cat = store.ensureLabelClass("cat").id();
        label = new AnnotationStore(store).apply(List.of(), List.of(new Annotation(0, image, cat, new Shape.Tag(),
                Set.of()))).get(0).id();
        sources = new LabelSources(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aLabelWrittenWithoutASourceIsTyped() {
        assertEquals(new LabelSource.Typed(), sources.of(label).orElseThrow());
    }

    @Test
    void everyKindOfSourceReadsBackWithItsDetails() {
        for (LabelSource source : List.of(new LabelSource.Suggested(4, 0.93), new LabelSource.Imported("coco"),
                new LabelSource.Generated(7), new LabelSource.Unknown(), new LabelSource.Typed())) {
            sources.mark(List.of(label), source);
            assertEquals(source, sources.of(label).orElseThrow());
        }
    }

    @Test
    void aMissingLabelHasNoSource() {
        assertTrue(sources.of(label + 100).isEmpty());
    }
}
