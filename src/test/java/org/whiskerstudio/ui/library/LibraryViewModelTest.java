package org.whiskerstudio.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.GeneratedImages;

/** The Data screen's view model without any toolkit: a direct executor runs everything inline. */
class LibraryViewModelTest {
    @TempDir
    Path temp;
    private ProjectSession session;
    private LibraryViewModel model;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(ProjectStore.create(temp.resolve("project"), "vm"));
        model = new LibraryViewModel(TaskExecutor.direct());
        model.projectOpened(Optional.of(session));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Path images(String folder, int count) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(folder));
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
            img.setRGB(i % 20, i / 20, 0xFFFFFF);
            img.setRGB(0, 0, folder.hashCode());
            ImageIO.write(img, "png", dir.resolve("img " + i + ".png").toFile());
        }
        return dir;
    }

    @Test
    void aSeriesProjectsExamplesAreNamedSeries() {
        List<NewImage> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(new NewImage("%064d".formatted(i), "window" + i + ".csv", "images/" + i + ".csv", "/w" + i + ".csv",
                    2, 20, MediaKind.SERIES_FORMAT, 100, Optional.empty()));
        }
        session.store().addImages(rows);
        model.reload();

        assertEquals(MediaKind.SERIES, model.kindProperty().get());
        assertEquals("All series (3)", model.filters().get(0).toString());
        assertEquals(MediaKind.SERIES, session.store().summary().kind());
    }

    @Test
    void finishedImportShowsImagesCountsAndSummary() throws IOException {
        images("data/cat", 3);
        images("data/dog", 2);
        assertTrue(model.startImport(ImportRequest.folderPerClass(temp.resolve("data"))));
        assertFalse(model.importRunningProperty().get());
        assertEquals(5, model.images().size());
        assertEquals(5, model.totalImagesProperty().get());
        assertEquals(List.of("All images (5)", "Unlabelled (0)", "cat (3)", "dog (2)"),
                model.filters().stream().map(FilterChoice::toString).toList());
        assertEquals("5 imported, 0 duplicates skipped, 0 problems", model.importStatusProperty().get());
    }

    @Test
    void theImportSaysHowManyFilesItFoundFromItsFirstUpdate() {
        assertEquals("Looking for images...", LibraryViewModel.statusOf(
                new org.whiskerstudio.ui.common.ProgressThrottle.Update(0, -1, "Looking for images...")));
        assertEquals("Importing 1,200 files...", LibraryViewModel.statusOf(
                new org.whiskerstudio.ui.common.ProgressThrottle.Update(0, 1200, "Importing 1200 files")));
        assertEquals("Importing 1,200 files: 300 of 1,200 - 296 imported", LibraryViewModel.statusOf(
                new org.whiskerstudio.ui.common.ProgressThrottle.Update(300, 1200, "296 imported")));
    }

    @Test
    void filterSelectionKeepsItsPlaceWhenCountsChange() throws IOException {
        images("data/cat", 3);
        model.startImport(ImportRequest.folderPerClass(temp.resolve("data")));
        FilterChoice cat = model.filters().stream().filter(f -> f.title().equals("cat")).findFirst().orElseThrow();
        model.selectedFilterProperty().set(cat);
        assertEquals(3, model.images().size());

        images("more/cat", 2);
        model.startImport(ImportRequest.folderPerClass(temp.resolve("more")));
        assertEquals("cat (5)", model.selectedFilterProperty().get().toString());
        assertEquals(5, model.images().size());
    }

    @Test
    void problemsOfAnImportAreListedForTheUser() throws IOException {
        Path dir = images("data", 1);
        Files.write(dir.resolve("empty.png"), new byte[0]);
        model.startImport(ImportRequest.of(List.of(dir)));
        assertEquals(1, model.problems().size());
        assertTrue(model.problems().get(0).source().endsWith("empty.png"));
        model.dismissReport();
        assertTrue(model.problems().isEmpty());
    }

    @Test
    void noImportStartsWhenTheProjectIsClosing() throws IOException {
        Path dir = images("data", 1);
        session.close();
        assertFalse(model.startImport(ImportRequest.of(List.of(dir))));
    }

    @Test
    void syntheticImagesAreMarkedAndCanBeHidden() throws IOException {
        images("data/cat", 3);
        model.startImport(ImportRequest.folderPerClass(temp.resolve("data")));
        assertFalse(model.hasSyntheticProperty().get(), "nothing to hide yet");
        byte[] grey = new byte[16];
        Arrays.fill(grey, (byte) 99);
        GeneratedImages.add(session.store(), List.of(grey), 4, 4, 1, "cat", 3, "gan",
                Progress.NONE, new Cancellation());
        model.reload();

        assertEquals(4, model.images().size());
        long made = model.images().get(3).id();
        assertTrue(model.hasSyntheticProperty().get());
        assertTrue(model.isSynthetic(made));
        assertFalse(model.isSynthetic(model.images().get(0).id()));
        model.showSyntheticProperty().set(false);
        assertEquals(3, model.images().size());
        assertTrue(model.images().stream().noneMatch(i -> i.id() == made));
    }
}
