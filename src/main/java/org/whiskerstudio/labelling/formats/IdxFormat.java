package org.whiskerstudio.labelling.formats;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import javax.imageio.ImageIO;
import org.whiskerstudio.common.FileTrees;

/**
 * IDX, the binary form of MNIST and Fashion-MNIST (as Debian's {@code dataset-fashion-mnist} ships them): pairs of
 * {@code *-images-idx3-ubyte[.gz]} (magic 2051, count, rows, columns, unsigned bytes) and
 * {@code *-labels-idx1-ubyte[.gz]} (magic 2049, count, one byte per image). Import only.
 *
 * <p>Every pair in the folder is read ({@code train-*} to the train split, {@code t10k-*} or {@code test-*} to the
 * test split) and each image is written as a grey-scale PNG into a scratch folder that becomes the dataset's root
 * (deleted when the studio exits). Classes are Fashion-MNIST's names when the folder or files say "fashion",
 * else the label numbers.
 */
public final class IdxFormat implements AnnotationFormat {
    static final int IMAGES_MAGIC = 2051;
    static final int LABELS_MAGIC = 2049;
    static final int MAX_SIDE = 4096;
    static final int MAX_COUNT = 10_000_000;
    static final List<String> FASHION = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
            "Sneaker", "Bag", "Ankle boot");

    @Override
    public String id() {
        return "idx";
    }

    @Override
    public String description() {
        return "IDX (MNIST, Fashion-MNIST): *-images-idx3-ubyte and *-labels-idx1-ubyte pairs, gzipped or not; import only";
    }

    @Override
    public boolean canWrite() {
        return false;
    }

    @Override
    public void write(LabelledDataset dataset, Path out) throws IOException {
        throw new IOException("IDX is an import-only format here; export as folders, CSV or COCO instead");
    }

    @Override
    public LabelledDataset read(Path source) throws FormatException, IOException {
        Path folder = Files.isDirectory(source) ? source : source.toAbsolutePath().getParent();
        List<Path[]> pairs = pairs(folder, Files.isDirectory(source) ? null : source);
        if (pairs.isEmpty()) {
            throw new FormatException(source, "", "no *-images-idx3-ubyte file with its *-labels-idx1-ubyte beside it");
        }
        boolean fashion = (folder.toString() + pairs.get(0)[0].getFileName()).toLowerCase(Locale.ROOT).contains("fashion");
        List<Parsed> parsed = new ArrayList<>();
        int maxLabel = 0;
        for (Path[] pair : pairs) {
            Parsed p = parse(pair[0], pair[1]);
            parsed.add(p);
            for (byte b : p.labels) {
                maxLabel = Math.max(maxLabel, b & 0xFF);
            }
        }
        if (fashion && maxLabel >= FASHION.size()) {
            throw new FormatException(pairs.get(0)[1], "", "label " + maxLabel + " is not a Fashion-MNIST class (0-9)");
        }
        List<String> classes = new ArrayList<>();
        for (int c = 0; c <= maxLabel; c++) {
            classes.add(fashion ? FASHION.get(c) : String.valueOf(c));
        }
        return stage(parsed, classes);
    }

    /** One pair's {@code count} images of rows x columns unsigned bytes, one after the other, and their labels. */
    public record Images(int count, int rows, int cols, byte[] pixels, byte[] labels) {
    }

    /**
     * Reads one images/labels pair into memory with the import's checks, for benchmarks that need no project (no
     * PNGs are written).
     */
    public static Images readPair(Path imagesFile, Path labelsFile) throws FormatException, IOException {
        Parsed p = parse(imagesFile, labelsFile);
        return new Images(p.labels.length, p.rows, p.cols, p.pixels, p.labels);
    }

    /** The images and labels of one pair, checked whole before anything is written. */
    private record Parsed(Path imagesFile, Split split, int rows, int cols, byte[] pixels, byte[] labels) {
    }

    private static List<Path[]> pairs(Path folder, Path only) throws IOException {
        List<Path[]> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path images : files.sorted().toList()) {
                String name = images.getFileName().toString();
                if (!name.contains("images-idx3-ubyte") || (only != null && !images.equals(only.toAbsolutePath()))) {
                    continue;
                }
                Path labels = images.resolveSibling(name.replace("images-idx3-ubyte", "labels-idx1-ubyte"));
                if (Files.isRegularFile(labels)) {
                    pairs.add(new Path[] {images, labels});
                }
            }
        }
        return pairs;
    }

    private static Parsed parse(Path imagesFile, Path labelsFile) throws FormatException, IOException {
        int rows;
        int cols;
        byte[] pixels;
        try (DataInputStream in = open(imagesFile)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new FormatException(imagesFile, "header", "magic number " + magic + " is not " + IMAGES_MAGIC
                        + " (an IDX image file)");
            }
            int count = in.readInt();
            rows = in.readInt();
            cols = in.readInt();
            if (count < 0 || count > MAX_COUNT || rows < 1 || cols < 1 || rows > MAX_SIDE || cols > MAX_SIDE) {
                throw new FormatException(imagesFile, "header", "declares " + count + " images of " + rows + " x " + cols
                        + " pixels, outside the limits (" + MAX_COUNT + " images, " + MAX_SIDE + " pixels a side)");
            }
            long bytes = (long) count * rows * cols;
            if (bytes > Integer.MAX_VALUE - 16) {
                throw new FormatException(imagesFile, "header", "declares " + bytes + " bytes of pixels: too large to import at once");
            }
            pixels = new byte[(int) bytes];
            readFully(in, pixels, imagesFile, rows * cols);
        } catch (EOFException e) {
            throw endsEarly(imagesFile, e);
        }
        byte[] labels;
        try (DataInputStream in = open(labelsFile)) {
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) {
                throw new FormatException(labelsFile, "header", "magic number " + magic + " is not " + LABELS_MAGIC
                        + " (an IDX label file)");
            }
            int count = in.readInt();
            int images = pixels.length / (rows * cols);
            if (count != images) {
                throw new FormatException(labelsFile, "header", "has " + count + " labels but " + imagesFile.getFileName()
                        + " has " + images + " images");
            }
            labels = new byte[count];
            readFully(in, labels, labelsFile, 1);
        } catch (EOFException e) {
            throw endsEarly(labelsFile, e);
        }
        return new Parsed(imagesFile, splitOf(imagesFile), rows, cols, pixels, labels);
    }

    /** A header cut short (an empty file, say) or compressed data that stops: the stream says nothing more. */
    private static FormatException endsEarly(Path file, EOFException e) {
        return new FormatException(file, "", "the file ends early (empty or truncated"
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
    }

    private static void readFully(DataInputStream in, byte[] into, Path file, int itemSize) throws FormatException, IOException {
        int done = 0;
        while (done < into.length) {
            int n = in.read(into, done, into.length - done);
            if (n < 0) {
                throw new FormatException(file, "item " + (done / itemSize + 1), "the file ends early (truncated)");
            }
            done += n;
        }
    }

    private static DataInputStream open(Path file) throws FormatException, IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            if (file.getFileName().toString().endsWith(".gz")) {
                raw = new GZIPInputStream(raw, 1 << 16);
            }
        } catch (EOFException | ZipException e) {
            raw.close();
            throw new FormatException(file, "", "not a gzip file (" + e.getMessage() + ")", e);
        }
        return new DataInputStream(raw);
    }

    private static Split splitOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("train") ? Split.TRAIN : name.startsWith("t10k") || name.startsWith("test") ? Split.TEST : Split.NONE;
    }

    /** Writes every image as a PNG under a fresh scratch root: the dataset other code imports from. */
    private static LabelledDataset stage(List<Parsed> parsed, List<String> classes) throws IOException {
        Path root = Files.createTempDirectory("whisker-idx");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                FileTrees.delete(root);
            } catch (IOException ignored) {
                // A temp folder the system will clear anyway.
            }
        }));
        List<DatasetImage> images = new ArrayList<>();
        for (Parsed p : parsed) {
            String folder = p.split == Split.NONE ? "images" : p.split.folderName();
            Files.createDirectories(root.resolve(folder));
            int size = p.rows * p.cols;
            for (int i = 0; i < p.labels.length; i++) {
                BufferedImage img = new BufferedImage(p.cols, p.rows, BufferedImage.TYPE_BYTE_GRAY);
                img.getRaster().setDataElements(0, 0, p.cols, p.rows, Arrays.copyOfRange(p.pixels, i * size, (i + 1) * size));
                String path = folder + "/" + String.format("%s-%05d.png", folder, i);
                ImageIO.write(img, "png", root.resolve(path).toFile());
                images.add(new DatasetImage(path, p.cols, p.rows, List.of(classes.get(p.labels[i] & 0xFF)), List.of(),
                        Optional.empty(), p.split));
            }
        }
        return new LabelledDataset(root, classes, images);
    }
}
