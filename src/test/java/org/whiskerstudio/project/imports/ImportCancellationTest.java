package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;

class ImportCancellationTest {
    private static final int FILES = 200;

    @TempDir
    Path tmp;

    @Test
    void cancellingAfterFirstProgressStopsImportAndKeepsWhatWasCommitted() {
        Path source = tmp.resolve("photos");
        TestImages.folderOfPngs(source, FILES, 24, 24, 1);
        Cancellation cancellation = new Cancellation();
        Progress cancelOnFirstProgress = (done, total, message) -> {
            if (done > 0) {
                cancellation.cancel();
            }
        };

        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "p")) {
            ImportReport report = new ImageImporter(store, 1)
                    .run(ImportRequest.of(List.of(source)), cancelOnFirstProgress, cancellation);

            assertTrue(report.cancelled(), report.summary());
            assertEquals(FILES, report.candidates());
            assertTrue(report.imported() > 0, report.summary());
            assertTrue(report.imported() < FILES, report.summary());
            assertEquals(report.imported(), store.imageCount());
            assertTrue(report.summary().startsWith("Cancelled: "), report.summary());
            assertEquals(FILES - report.imported(), report.notImported(), report.summary());
            assertTrue(report.summary().contains(report.notImported() + " not imported"), report.summary());
            for (ImageAsset image : store.images(ImageQuery.ALL)) {
                assertTrue(Files.isRegularFile(store.layout().resolveStored(image.storedPath())), image.storedPath());
            }
        }
    }

    @Test
    void cancelledBeforeStartImportsNothing() {
        Path source = tmp.resolve("photos");
        TestImages.folderOfPngs(source, 3, 16, 16, 1);
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();

        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "p")) {
            ImportReport report = new ImageImporter(store, 1)
                    .run(ImportRequest.of(List.of(source)), Progress.NONE, cancellation);

            assertEquals(0, report.imported());
            assertEquals(0, store.imageCount());
        }
    }
}
