package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;

/** Bad input: each file is reported with its path and a reason, and the rest of the import goes on. */
class ImportProblemsTest {
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

    @Test
    void badFilesAreReportedWithPathAndReasonWhileGoodOnesImport() {
        TestImages.write(source.resolve("good-1.png"), 40, 30, 1);
        TestImages.writeBytes(source.resolve("empty.jpg"), new byte[0]);
        TestImages.writeBytes(source.resolve("noise.png"), randomBytes(5000));
        TestImages.writeBytes(source.resolve("cut.jpg"), TestImages.truncated(TestImages.bytes("jpg", 300, 200, 2)));
        TestImages.writeBytes(source.resolve("cut.png"), TestImages.truncated(TestImages.bytes("png", 300, 200, 3)));
        TestImages.writeBytes(source.resolve("letter.jpg"), "Dear Sir,\nplease find attached...\n".getBytes(StandardCharsets.UTF_8));
        TestImages.writeBytes(source.resolve("notes.txt"), "cat photos from the shelter".getBytes(StandardCharsets.UTF_8));
        TestImages.write(source.resolve("zz/good-2.jpg"), 40, 30, 4);
        Path missing = tmp.resolve("no-such-folder");

        ImportReport report = importAll(List.of(source, missing));

        assertEquals(2, report.imported(), report.problems().toString());
        assertEquals(List.of("good-1.png", "good-2.jpg"),
                store.images(ImageQuery.ALL).stream().map(ImageAsset::fileName).sorted().toList());
        Map<String, String> reasons = report.problems().stream()
                .collect(Collectors.toMap(Problem::source, Problem::reason));
        assertEquals(7, reasons.size(), reasons.toString());
        assertReason(reasons, source.resolve("empty.jpg"), "empty");
        assertReason(reasons, source.resolve("noise.png"), "not an image");
        assertReason(reasons, source.resolve("cut.jpg"), "truncated");
        assertReason(reasons, source.resolve("cut.png"), "truncated");
        assertReason(reasons, source.resolve("letter.jpg"), "not an image");
        assertReason(reasons, source.resolve("notes.txt"), "skipped: not an image file type");
        assertReason(reasons, missing, "no such file or folder");
    }

    @Test
    void rejectedFilesLeaveNothingInTheProject() throws IOException {
        TestImages.writeBytes(source.resolve("cut.png"), TestImages.truncated(TestImages.bytes("png", 300, 200, 3)));
        TestImages.writeBytes(source.resolve("letter.jpg"), "hello".getBytes(StandardCharsets.UTF_8));

        ImportReport report = importAll(List.of(source));

        assertEquals(0, report.imported());
        assertEquals(2, report.problems().size());
        assertEquals(0, store.imageCount());
        try (Stream<Path> files = Files.walk(store.layout().images())) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void decompressionBombIsRejectedQuicklyNamingItsDeclaredSize() {
        TestImages.writeBytes(source.resolve("bomb.png"), TestImages.pngDeclaring(100_000, 100_000));
        TestImages.write(source.resolve("fine.png"), 40, 30, 1);

        ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> importAll(List.of(source)));

        assertEquals(1, report.imported());
        assertEquals(1, report.problems().size());
        Problem problem = report.problems().get(0);
        assertEquals(source.resolve("bomb.png").toString(), problem.source());
        // Naming the declared size proves it was refused from the header, not after running out of memory.
        assertTrue(problem.reason().contains("100000 x 100000"), problem.reason());
    }

    @Test
    void linkLoopingBackToAParentIsReportedInsteadOfWalkedForever() throws IOException {
        TestImages.write(source.resolve("album/a.png"), 20, 20, 1);
        Path loop = source.resolve("album/back-to-photos");
        try {
            Files.createSymbolicLink(loop, source);
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("cannot make symbolic links here: " + e);
        }

        ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> importAll(List.of(source)));

        assertEquals(1, report.imported());
        assertEquals(List.of(new Problem(loop.toString(), "a link that loops back to a parent folder")), report.problems());
    }

    private ImportReport importAll(List<Path> sources) {
        return new ImageImporter(store, 2).run(ImportRequest.of(sources), Progress.NONE, Cancellation.none());
    }

    private static void assertReason(Map<String, String> reasons, Path file, String expected) {
        String reason = reasons.get(file.toAbsolutePath().normalize().toString());
        assertTrue(reason != null, "no problem reported for " + file + " in " + reasons);
        assertTrue(reason.contains(expected), file.getFileName() + ": " + reason);
        assertFalse(reason.isBlank());
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(99).nextBytes(bytes);
        bytes[0] = 'R'; // keep well away from any format's magic number
        return bytes;
    }
}
