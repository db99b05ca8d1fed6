package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ClassCount;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;

/** What a successful import puts into a project. */
class ImageImporterTest {
    @TempDir
    Path tmp;
    private Path source;
    private ProjectStore store;

    @BeforeEach
    void createProject() throws IOException {
        source = Files.createDirectories(tmp.resolve("photos"));
        store = ProjectStore.create(tmp.resolve("project"), "p");
    }

    @AfterEach
    void closeProject() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "bmp", "gif"})
    void importStoresHashNamedCopyThumbnailAndTrueSize(String format) throws IOException {
        Path file = TestImages.write(source.resolve("photo." + format), 320, 180, 11);
        byte[] content = Files.readAllBytes(file);

        ImportReport report = importAll(ImportRequest.of(List.of(file)));

        assertEquals(1, report.imported(), report.problems().toString());
        ImageAsset asset = store.images(ImageQuery.ALL).get(0);
        ProjectLayout layout = store.layout();
        String hash = Hashes.sha256Hex(content);
        assertEquals(hash, asset.sha256());
        assertEquals(layout.relativize(layout.storedImage(hash, format)), asset.storedPath());
        assertTrue(asset.storedPath().startsWith("images/"), asset.storedPath());
        assertArrayEquals(content, Files.readAllBytes(layout.resolveStored(asset.storedPath())));
        assertEquals(320, asset.width());
        assertEquals(180, asset.height());
        assertEquals(format, asset.format());
        assertEquals("photo." + format, asset.fileName());
        assertEquals(content.length, asset.sizeBytes());

        BufferedImage thumb = ImageIO.read(layout.thumbnail(hash).toFile());
        assertEquals(ImageDecoder.THUMBNAIL_SIZE, Math.max(thumb.getWidth(), thumb.getHeight()));
    }

    @Test
    void folderIsWalkedRecursivelySkippingHiddenFilesAndFolders() {
        TestImages.write(source.resolve("a.png"), 20, 20, 1);
        TestImages.write(source.resolve("sub/b.jpg"), 20, 20, 2);
        TestImages.write(source.resolve("sub/deeper/c.bmp"), 20, 20, 3);
        TestImages.write(source.resolve(".hidden.png"), 20, 20, 4);
        TestImages.write(source.resolve(".thumbnails/d.png"), 20, 20, 5);
        TestImages.write(source.resolve("sub/.git/e.gif"), 20, 20, 6);

        ImportReport report = importAll(ImportRequest.of(List.of(source)));

        assertEquals(3, report.candidates());
        assertEquals(3, report.imported());
        assertEquals(List.of(), report.problems());
        assertEquals(Set.of("a.png", "b.jpg", "c.bmp"), fileNames());
    }

    @Test
    void fileNamesWithSpacesAndNonAsciiCharactersImport() {
        Path file = TestImages.write(source.resolve("vacances d'été/chat noir été 猫.png"), 30, 20, 1);

        ImportReport report = importAll(ImportRequest.of(List.of(source)));

        assertEquals(1, report.imported(), report.problems().toString());
        assertEquals(Set.of("chat noir été 猫.png"), fileNames());
        assertEquals(1, store.images(new ImageQuery(new ImageQuery.LabelFilter.All(), "été 猫")).size());
        assertTrue(Files.exists(file), "the source is left in place");
    }

    @Test
    void explicitlyNamedFileIsJudgedByContentNotExtension() {
        Path file = TestImages.writeBytes(source.resolve("scan.dat"), TestImages.bytes("png", 20, 10, 1));

        ImportReport report = importAll(ImportRequest.of(List.of(file)));

        assertEquals(1, report.imported(), report.problems().toString());
        assertEquals("png", store.images(ImageQuery.ALL).get(0).format());
    }

    @Test
    void folderPerClassTagsImagesWithTheirSubFolderName() {
        TestImages.write(source.resolve("cat/1.png"), 20, 20, 1);
        TestImages.write(source.resolve("cat/2.jpg"), 20, 20, 2);
        TestImages.write(source.resolve("cat/kittens/3.png"), 20, 20, 3);
        TestImages.write(source.resolve("dog/4.png"), 20, 20, 4);
        TestImages.write(source.resolve("loose.png"), 20, 20, 5);

        ImportReport report = importAll(ImportRequest.folderPerClass(source));

        assertEquals(5, report.imported(), report.problems().toString());
        Map<Long, String> classNames = store.labelClasses().stream()
                .collect(Collectors.toMap(LabelClass::id, LabelClass::name));
        Map<String, Optional<String>> tagOf = store.images(ImageQuery.ALL).stream().collect(Collectors.toMap(
                ImageAsset::fileName, a -> a.classIds().stream().map(classNames::get).findFirst()));
        assertEquals(Map.of("1.png", Optional.of("cat"), "2.jpg", Optional.of("cat"), "3.png", Optional.of("cat"),
                "4.png", Optional.of("dog"), "loose.png", Optional.empty()), tagOf);
        Map<String, Integer> counts = store.summary().classes().stream()
                .collect(Collectors.toMap(c -> c.labelClass().name(), ClassCount::images));
        assertEquals(Map.of("cat", 3, "dog", 1), counts);
        assertEquals(1, store.summary().unlabelled());
    }

    private Map<String, Optional<String>> tagsByFileName() {
        Map<Long, String> classNames = store.labelClasses().stream()
                .collect(Collectors.toMap(LabelClass::id, LabelClass::name));
        return store.images(ImageQuery.ALL).stream().collect(Collectors.toMap(
                ImageAsset::fileName, a -> a.classIds().stream().map(classNames::get).findFirst()));
    }

    @Test
    void folderPerClassLabelsAnUnlabelledImageAlreadyInTheProjectFromItsFolderAndSaysSo() throws IOException {
        Path loose = TestImages.write(tmp.resolve("loose/1.png"), 20, 20, 1);
        importAll(ImportRequest.of(List.of(loose)));
        TestImages.writeBytes(source.resolve("cat/1.png"), readAll(loose));
        TestImages.write(source.resolve("cat/2.png"), 20, 20, 2);

        ImportReport report = importAll(ImportRequest.folderPerClass(source));

        assertEquals(Map.of("1.png", Optional.of("cat"), "2.png", Optional.of("cat")), tagsByFileName());
        assertEquals("1 imported, 1 duplicate skipped (1 already in the project, labelled from their folder),"
                + " 0 problems", report.summary());
        String provenance = store.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT source || '/' || source_format FROM annotation a"
                    + " JOIN image i ON i.id = a.image_id WHERE i.file_name = '1.png'")) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
        assertEquals("imported/folders", provenance);
    }

    @Test
    void folderPerClassLeavesAnImageLabelledOtherwiseAsItIsAndSaysSo() {
        TestImages.write(source.resolve("dog/1.png"), 20, 20, 1);
        importAll(ImportRequest.folderPerClass(source));
        Path other = tmp.resolve("again");
        TestImages.writeBytes(other.resolve("cat/1.png"), readAll(source.resolve("dog/1.png")));

        ImportReport report = importAll(ImportRequest.folderPerClass(other));

        assertEquals(Map.of("1.png", Optional.of("dog")), tagsByFileName());
        assertEquals("0 imported, 1 duplicate skipped (1 already labelled differently, left as it is), 0 problems",
                report.summary());
    }

    @Test
    void aCancelledReportSaysHowManyFilesWereNotImported() {
        ImportReport report = new ImportReport(100, 40, 2, List.of(), true, java.time.Duration.ZERO, 58,
                org.whiskerstudio.project.DuplicateLabels.NONE);

        assertEquals("Cancelled: 40 imported, 58 not imported, 2 duplicates skipped, 0 problems", report.summary());
    }

    @Test
    void plainFolderImportDoesNotTagBySubFolder() {
        TestImages.write(source.resolve("cat/1.png"), 20, 20, 1);

        importAll(ImportRequest.of(List.of(source)));

        assertEquals(List.of(), store.labelClasses());
        assertEquals(1, store.summary().unlabelled());
    }

    @Test
    void sameBytesUnderTwoNamesAreImportedOnce() {
        Path first = TestImages.write(source.resolve("original.png"), 20, 20, 1);
        TestImages.writeBytes(source.resolve("copy of original.png"), readAll(first));
        TestImages.write(source.resolve("other.png"), 20, 20, 2);

        ImportReport report = importAll(ImportRequest.of(List.of(source)));

        assertEquals(2, report.imported());
        assertEquals(1, report.duplicates());
        assertEquals(2, store.imageCount());
    }

    @Test
    void reimportingTheSameFolderAddsNothingAndCountsDuplicates() {
        TestImages.folderOfPngs(source, 5, 16, 16, 100);
        importAll(ImportRequest.of(List.of(source)));

        ImportReport again = importAll(ImportRequest.of(List.of(source)));

        assertEquals(0, again.imported());
        assertEquals(5, again.duplicates());
        assertEquals(List.of(), again.problems());
        assertEquals(5, store.imageCount());
    }

    @Test
    void progressEndsWithAllFilesDone() {
        TestImages.folderOfPngs(source, 7, 16, 16, 200);
        long[] last = new long[2];
        Progress progress = (done, total, message) -> {
            last[0] = done;
            last[1] = total;
        };

        new ImageImporter(store, 2).run(ImportRequest.of(List.of(source)), progress, Cancellation.none());

        assertEquals(7, last[0]);
        assertEquals(7, last[1]);
    }

    @Test
    void reportSummarySaysWhatHappened() {
        TestImages.write(source.resolve("a.png"), 20, 20, 1);
        TestImages.writeBytes(source.resolve("b.png"), readAll(source.resolve("a.png")));
        TestImages.writeBytes(source.resolve("c.png"), new byte[0]);

        ImportReport report = importAll(ImportRequest.of(List.of(source)));

        assertEquals("1 imported, 1 duplicate skipped, 1 problem", report.summary());
        assertFalse(report.cancelled());
    }

    private ImportReport importAll(ImportRequest request) {
        return new ImageImporter(store, 2).run(request, Progress.NONE, Cancellation.none());
    }

    private Set<String> fileNames() {
        return store.images(ImageQuery.ALL).stream().map(ImageAsset::fileName).collect(Collectors.toSet());
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
