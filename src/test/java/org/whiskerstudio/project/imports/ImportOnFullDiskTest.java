package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.DiskFullException;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.testing.SmallDisk;

/**
 * Imports onto a real small file system that fills up: the import stops with a sentence naming the file, keeps every
 * image committed before, leaves no file the store does not name and no temporary file, and the project reopens.
 */
class ImportOnFullDiskTest {
    @TempDir
    Path temp;

    /** The disk fills at different points: a stored image, a thumbnail, the database's commit. */
    @ParameterizedTest(name = "{0} KB left")
    @ValueSource(ints = {0, 8, 40, 96, 200, 400})
    void anImportThatFillsTheDiskStopsCleanlyAndLosesNothing(int kilobytesLeft) throws IOException {
        Path sources = photos(temp.resolve("first"), 4, 1);
        Path more = photos(temp.resolve("more"), 60, 2);
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 2048)) {
            Path project = disk.root().resolve("project");
            try (ProjectStore store = ProjectStore.create(project, "full")) {
                assertEquals(4, new ImageImporter(store, 2).run(ImportRequest.of(List.of(sources)), Progress.NONE,
                        new Cancellation()).imported());
                disk.fillLeaving(kilobytesLeft * 1024L);

                UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new ImageImporter(store, 2)
                        .run(ImportRequest.of(List.of(more)), Progress.NONE, new Cancellation()));

                String said = DiskFullException.explain(e).orElseThrow();
                assertTrue(said.startsWith("The disk is full: " + project), said);
                assertTrue(said.contains("The import stopped there"), said);
            }
            disk.freeSpace();
            int kept = assertWhole(project);
            assertTrue(kept >= 4 && kept < 64, "the first 4 and some of the rest: " + kept);

            try (ProjectStore store = ProjectStore.open(project)) {
                new ImageImporter(store, 2).run(ImportRequest.of(List.of(more)), Progress.NONE, new Cancellation());
            }
            assertEquals(64, assertWhole(project), "with space again, the rest comes in");
        }
    }

    /** The text import (as the series import, through the same sink) stops the same way. */
    @ParameterizedTest(name = "{0} KB left")
    @ValueSource(ints = {0, 24, 200})
    void aTextImportThatFillsTheDiskStopsCleanlyAndLosesNothing(int kilobytesLeft) throws IOException {
        Path texts = temp.resolve("texts");
        Random random = new Random(kilobytesLeft);
        for (int i = 0; i < 80; i++) {
            Path file = texts.resolve(i % 2 == 0 ? "good" : "bad").resolve("review-" + i + ".txt");
            Files.createDirectories(file.getParent());
            StringBuilder words = new StringBuilder();
            while (words.length() < 3000) {
                words.append(Long.toString(random.nextLong(), 36)).append(' ');
            }
            Files.writeString(file, words);
        }
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 2048)) {
            Path project = disk.root().resolve("project");
            try (ProjectStore store = ProjectStore.create(project, "full")) {
                disk.fillLeaving(kilobytesLeft * 1024L);

                UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new TextImporter(store)
                        .run(ImportRequest.folderPerClass(texts), TextOptions.defaults(), Progress.NONE,
                                new Cancellation()));

                String said = DiskFullException.explain(e).orElseThrow();
                assertTrue(said.startsWith("The disk is full: " + project), said);
                assertTrue(said.contains("The import stopped there"), said);
            }
            disk.freeSpace();
            assertTrue(assertWhole(project) < 80);
        }
    }

    @Test
    void theStoreRefusesAChangeOnAFullDiskAndKeepsEverythingBefore() throws IOException {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 2048)) {
            Path project = disk.root().resolve("project");
            try (ProjectStore store = ProjectStore.create(project, "full")) {
                store.addImages(rows(0, 20));
                disk.fillLeaving(0);

                ProjectException e = assertThrows(ProjectException.class, () -> store.addImages(rows(20, 300)));

                assertTrue(e.getMessage().startsWith("The disk is full: " + project.resolve("project.db")
                        + " could not be written, so this change was not saved"), e.getMessage());
                assertEquals(20, store.imageCount(), "the refused transaction is not half there");
                disk.freeSpace();
                store.ensureLabelClass("cat");
                assertEquals(1, store.labelClasses().size(), "the open store writes again once there is space");
            }
            try (ProjectStore store = ProjectStore.open(project)) {
                assertEquals("ok", store.integrityCheck());
                assertEquals(20, store.imageCount());
                assertEquals(300, store.addImages(rows(20, 300)), "the same change goes in with space");
            }
        }
    }

    /** The project opens, is sound, and its image files are exactly the stored images'; returns how many. */
    private static int assertWhole(Path project) throws IOException {
        try (ProjectStore store = ProjectStore.open(project)) {
            assertEquals("ok", store.integrityCheck());
            Set<Path> named = new HashSet<>();
            ImageDecoder decoder = new ImageDecoder();
            for (ImageAsset image : store.images(ImageQuery.ALL)) {
                Path file = store.layout().resolveStored(image.storedPath());
                if (MediaKind.of(image.format()) == MediaKind.IMAGE) {
                    decoder.decode(Files.readAllBytes(file));
                }
                named.add(file);
                named.add(store.layout().thumbnail(image.sha256()));
            }
            Set<Path> files = new HashSet<>();
            for (Path folder : List.of(store.layout().images(), store.layout().thumbnails())) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (var walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
            assertEquals(named, files, "no file the store does not name (nor a temporary one), none missing");
            return store.imageCount();
        } catch (ImageRejected e) {
            throw new AssertionError("a stored image does not decode: " + e.getMessage(), e);
        }
    }

    /** {@code count} noisy PNGs (noise does not compress, so each takes its few kilobytes). */
    private static Path photos(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 40; x++) {
                    image.setRGB(x, y, random.nextInt(1 << 24));
                }
            }
            Files.write(folder.resolve("photo-" + i + ".png"), DatasetFixture.encode(image, "png"));
        }
        return folder;
    }

    private static List<NewImage> rows(int from, int count) {
        List<NewImage> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String hash = String.format("%064x", i);
            rows.add(new NewImage(hash, "row-" + i + ".png", "images/" + hash.substring(0, 2) + "/" + hash + ".png",
                    "/some/long/source/folder/of/the/person/who/imported/it/row-" + i + ".png", 8, 8, "png", 100,
                    Optional.empty()));
        }
        return rows;
    }
}
