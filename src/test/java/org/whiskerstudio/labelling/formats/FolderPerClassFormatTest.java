package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.imports.TestImages;

class FolderPerClassFormatTest {
    @TempDir
    Path tmp;

    private final FolderPerClassFormat format = new FolderPerClassFormat();

    @Test
    void foldersReadsOneClassPerSubFolder() throws Exception {
        image("data/cat/1.jpg");
        image("data/dog/2.png");

        LabelledDataset dataset = format.read(tmp.resolve("data"));

        assertEquals(List.of("cat", "dog"), dataset.classes());
        assertEquals(List.of(tagged("cat/1.jpg", "cat"), tagged("dog/2.png", "dog")), dataset.images());
    }

    @Test
    void foldersTagsImagesInNestedFoldersWithTheirFirstLevelFolder() throws Exception {
        image("data/cat/indoor/sofa/1.jpg");

        assertEquals(List.of(tagged("cat/indoor/sofa/1.jpg", "cat")), format.read(tmp.resolve("data")).images());
    }

    @Test
    void foldersReadsImagesInTheRootAsUnlabelled() throws Exception {
        image("data/loose.jpg");

        assertEquals(List.of(DatasetImage.read("loose.jpg", 0, 0, List.of(), List.of())), format.read(tmp.resolve("data")).images());
    }

    @Test
    void foldersSkipsHiddenFilesAndFolders() throws Exception {
        image("data/cat/1.jpg");
        image("data/cat/.2.jpg");
        image("data/cat/.thumbs/3.jpg");
        image("data/.trash/4.jpg");

        LabelledDataset dataset = format.read(tmp.resolve("data"));

        assertEquals(List.of("cat/1.jpg"), paths(dataset));
        assertEquals(List.of("cat"), dataset.classes());
    }

    @Test
    void foldersSkipsFilesThatAreNotImagesAndReadsExtensionsIgnoringCase() throws Exception {
        image("data/cat/1.JPEG");
        image("data/cat/2.TiF");
        Files.writeString(tmp.resolve("data/cat/notes.txt"), "not an image");

        assertEquals(List.of("cat/1.JPEG", "cat/2.TiF"), paths(format.read(tmp.resolve("data"))));
    }

    @Test
    void foldersDetectsTheSplitLayout() throws Exception {
        image("data/train/cat/1.jpg");
        image("data/val/dog/2.jpg");
        image("data/test/cat/3.jpg");

        LabelledDataset dataset = format.read(tmp.resolve("data"));

        assertEquals(List.of("cat", "dog"), dataset.classes());
        assertEquals(List.of(tagged("test/cat/3.jpg", "cat").withSplit(Split.TEST),
                tagged("train/cat/1.jpg", "cat").withSplit(Split.TRAIN),
                tagged("val/dog/2.jpg", "dog").withSplit(Split.VAL)), dataset.images());
    }

    @Test
    void foldersReadsTrainAndTestFoldersOfImagesAsClasses() throws Exception {
        image("data/train/1.jpg");
        image("data/test/2.jpg");

        assertEquals(List.of("test", "train"), format.read(tmp.resolve("data")).classes());
    }

    @Test
    void foldersReadsTheUnlabelledFolderAsImagesWithoutTags() throws Exception {
        image("data/_unlabelled/1.jpg");

        LabelledDataset dataset = format.read(tmp.resolve("data"));

        assertEquals(List.of(), dataset.classes());
        assertEquals(List.of(), dataset.images().get(0).tags());
    }

    @Test
    void foldersRefusesASourceThatIsNotAFolder() throws IOException {
        Path file = image("data.jpg");

        FormatException e = assertThrows(FormatException.class, () -> format.read(file));

        assertEquals(file, e.file());
    }

    @Test
    void foldersRoundTripPreservesEveryTag() throws Exception {
        List<DatasetImage> images = List.of(
                withFile(tagged("a.jpg", "cat"), image("src/a.jpg")),
                withFile(tagged("b.png", "dog"), image("src/b.png")),
                withFile(tagged("c.jpg", "cat"), image("src/c.jpg")));

        format.write(new LabelledDataset(tmp, List.of("cat", "dog"), images), tmp.resolve("out"));
        LabelledDataset back = format.read(tmp.resolve("out"));

        assertEquals(List.of(tagged("cat/a.jpg", "cat"), tagged("cat/c.jpg", "cat"), tagged("dog/b.png", "dog")), back.images());
    }

    @Test
    void foldersCopiesAnImageIntoEachOfItsClassFolders() throws Exception {
        Path file = image("src/a.jpg");

        write(withFile(DatasetImage.read("a.jpg", 0, 0, List.of("cat", "cute"), List.of()), file));

        assertEquals(List.of("cat/a.jpg", "cute/a.jpg"), filesUnder(tmp.resolve("out")));
    }

    @Test
    void foldersWritesImagesWithoutTagsToTheUnlabelledFolder() throws Exception {
        DatasetShape box = new DatasetShape("cat", new Shape.Box(1, 1, 4, 4));

        write(withFile(DatasetImage.read("a.jpg", 0, 0, List.of(), List.of(box)), image("src/a.jpg")));

        assertEquals(List.of("_unlabelled/a.jpg"), filesUnder(tmp.resolve("out")));
    }

    @Test
    void foldersWritesSplitsAsTopLevelFolders() throws Exception {
        write(withFile(tagged("a.jpg", "cat"), image("src/a.jpg")).withSplit(Split.TRAIN),
                withFile(tagged("b.jpg", "dog"), image("src/b.jpg")).withSplit(Split.TEST));

        assertEquals(List.of("test/dog/b.jpg", "train/cat/a.jpg"), filesUnder(tmp.resolve("out")));
    }

    @Test
    void foldersGivesUniqueNamesToImagesSharingAFileName() throws Exception {
        write(withFile(tagged("x/a.jpg", "cat"), image("src/x/a.jpg")), withFile(tagged("y/a.jpg", "cat"), image("src/y/a.jpg")));

        assertEquals(List.of("cat/a-2.jpg", "cat/a.jpg"), filesUnder(tmp.resolve("out")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("src/y/a.jpg")), Files.readAllBytes(tmp.resolve("out/cat/a-2.jpg")));
    }

    @Test
    void foldersLinkExportProducesFilesWithTheSameContent() throws Exception {
        Path file = image("src/a.jpg");

        new FolderPerClassFormat(true).write(dataset(withFile(tagged("a.jpg", "cat"), file)), tmp.resolve("out"));

        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(tmp.resolve("out/cat/a.jpg")));
        assertTrue(Files.isSameFile(file, tmp.resolve("out/cat/a.jpg")), "a hard link on the same file system");
    }

    @Test
    void foldersLinkExportCopiesWhenLinkingFails() throws Exception {
        Path file = image("src/a.jpg");
        FolderPerClassFormat crossDevice = new FolderPerClassFormat(true, (link, existing) -> {
            throw new FileSystemException(link.toString(), existing.toString(), "Invalid cross-device link");
        });

        crossDevice.write(dataset(withFile(tagged("a.jpg", "cat"), file)), tmp.resolve("out"));

        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(tmp.resolve("out/cat/a.jpg")));
    }

    @Test
    void foldersRefusesAClassNameThatCannotBeAFolder() {
        IOException e = assertThrows(IOException.class, () -> write(tagged("a.jpg", "cats/dogs")));

        assertTrue(e.getMessage().startsWith("cannot export class \"cats/dogs\" as a folder"), e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void foldersRefusesToWriteIntoANonEmptyFolder() throws IOException {
        Files.createDirectories(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out/keep.txt"), "mine");

        assertThrows(IOException.class, () -> write(tagged("a.jpg", "cat")));
        assertEquals(List.of("keep.txt"), filesUnder(tmp.resolve("out")));
    }

    private Path image(String relative) {
        return TestImages.write(tmp.resolve(relative), 8, 6, relative.hashCode());
    }

    private static DatasetImage tagged(String path, String tag) {
        return DatasetImage.read(path, 0, 0, List.of(tag), List.of());
    }

    private static DatasetImage withFile(DatasetImage image, Path file) {
        return new DatasetImage(image.path(), 0, 0, image.tags(), image.shapes(), Optional.of(file), image.split());
    }

    private static LabelledDataset dataset(DatasetImage... images) {
        return new LabelledDataset(Path.of("."), List.of(), List.of(images));
    }

    private void write(DatasetImage... images) throws IOException {
        format.write(dataset(images), tmp.resolve("out"));
    }

    private static List<String> paths(LabelledDataset dataset) {
        return dataset.images().stream().map(DatasetImage::path).toList();
    }

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> found = new ArrayList<>(files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/')).toList());
            found.sort(null);
            return found;
        }
    }
}
