package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.project.ProjectStore;

/** IDX files made here byte by byte, as Debian's dataset-fashion-mnist ships them (gzipped, big-endian). */
class IdxFormatTest {
    @TempDir
    Path temp;

    private static byte[] images(int magic, int count, int rows, int cols, int pixelBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        for (int i = 0; i < pixelBytes; i++) {
            out.writeByte(i % 251);
        }
        return bytes.toByteArray();
    }

    private static byte[] labels(int count, int... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(IdxFormat.LABELS_MAGIC);
        out.writeInt(count);
        for (int v : values) {
            out.writeByte(v);
        }
        return bytes.toByteArray();
    }

    private static void gz(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    private Path fashion() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("fashion-mnist"));
        gz(dir.resolve("train-images-idx3-ubyte.gz"), images(IdxFormat.IMAGES_MAGIC, 3, 4, 5, 3 * 20));
        gz(dir.resolve("train-labels-idx1-ubyte.gz"), labels(3, 0, 7, 9));
        byte[] test = images(IdxFormat.IMAGES_MAGIC, 1, 4, 5, 20);
        test[test.length - 1] = (byte) 200; // not the same picture as the first training image
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), test);
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), labels(1, 8));
        return dir;
    }

    @Test
    void idxReadsGzippedAndPlainPairsWithFashionNamesAndSplits() throws Exception {
        LabelledDataset data = new IdxFormat().read(fashion());
        assertEquals(IdxFormat.FASHION, data.classes());
        assertEquals(4, data.images().size());
        assertEquals(List.of("Bag"), data.images().get(0).tags(), "t10k sorts first: label 8 is Bag");
        assertEquals(Split.TEST, data.images().get(0).split());
        assertEquals(List.of("Sneaker"), data.images().get(2).tags());
        assertEquals(Split.TRAIN, data.images().get(2).split());
        BufferedImage first = ImageIO.read(data.root().resolve(data.images().get(1).path()).toFile());
        assertEquals(5, first.getWidth());
        assertEquals(4, first.getHeight());
        int[] row = first.getRaster().getPixels(0, 0, 5, 1, (int[]) null);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, row, "pixels are the file's bytes, row by row");
    }

    @Test
    void idxImportsIntoAProjectWithItsLabels() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            LabelImportReport report = new DatasetImporter(store).importLabels(new IdxFormat(), fashion(), Progress.NONE,
                    new Cancellation());
            assertEquals(4, report.annotations());
            assertEquals(4, store.imageCount());
            assertTrue(store.summary().classes().stream().anyMatch(c -> c.labelClass().name().equals("Ankle boot") && c.images() == 1));
            assertEquals(Set.of(new LabelSource.Imported("idx")), Set.copyOf(new LabelSources(store).all().values()));
        }
    }

    @Test
    void idxRefusesATruncatedImageFileNamingTheItem() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("mnist"));
        byte[] whole = images(IdxFormat.IMAGES_MAGIC, 3, 4, 5, 60);
        Files.write(dir.resolve("train-images-idx3-ubyte"), Arrays.copyOf(whole, whole.length - 30));
        Files.write(dir.resolve("train-labels-idx1-ubyte"), labels(3, 1, 2, 3));
        FormatException e = assertThrows(FormatException.class, () -> new IdxFormat().read(dir));
        assertTrue(e.getMessage().contains("item 2") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void idxRefusesWrongMagicAbsurdSizesAndCountMismatch() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("bad"));
        Files.write(dir.resolve("x-images-idx3-ubyte"), images(1234, 1, 4, 5, 20));
        Files.write(dir.resolve("x-labels-idx1-ubyte"), labels(1, 0));
        assertTrue(assertThrows(FormatException.class, () -> new IdxFormat().read(dir)).getMessage().contains("magic"));

        Files.write(dir.resolve("x-images-idx3-ubyte"), images(IdxFormat.IMAGES_MAGIC, 1, 100_000, 100_000, 0));
        assertTrue(assertThrows(FormatException.class, () -> new IdxFormat().read(dir)).getMessage().contains("limits"));

        Files.write(dir.resolve("x-images-idx3-ubyte"), images(IdxFormat.IMAGES_MAGIC, 2, 4, 5, 40));
        assertTrue(assertThrows(FormatException.class, () -> new IdxFormat().read(dir)).getMessage().contains("has 1 labels but"));
    }

    @Test
    void idxIsImportOnly() {
        assertFalse(new IdxFormat().canWrite());
        assertFalse(Formats.all().stream().anyMatch(f -> f.id().equals("idx")));
        assertTrue(Formats.byId("idx").isPresent());
    }
}
