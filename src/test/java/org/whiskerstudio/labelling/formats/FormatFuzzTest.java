package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.fuzz.CleanRefusal;
import org.whiskerstudio.fuzz.Edit;
import org.whiskerstudio.fuzz.Fuzz;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectStore;

/**
 * Fuzzing of every labelled-dataset format: a valid export, one of its label files mutated (bit flips, cuts, nasty
 * values, repeated slices), read again. Every case ends in a dataset or a {@link FormatException}/IOException with a
 * message, in time; imported into a project, a refused dataset leaves the project exactly as it was. {@link Fuzz}
 * says how many cases run and how to replay one.
 */
class FormatFuzzTest {
    private static final List<Class<? extends Exception>> REFUSALS = List.of(FormatException.class, IOException.class);
    private static final Map<String, Path> PRISTINE = new ConcurrentHashMap<>();
    private static final Path WORK = temp("whisker-format-fuzz");

    @AfterAll
    static void cleanUp() {
        delete(WORK);
    }

    @Test
    void coco() {
        Fuzz.run("coco", (i, random, edits) -> read(new CocoFormat(), edits, random.nextInt(10)));
    }

    @Test
    void voc() {
        Fuzz.run("voc", (i, random, edits) -> read(new VocFormat(), edits, random.nextInt(10)));
    }

    @Test
    void yolo() {
        Fuzz.run("yolo", (i, random, edits) -> read(new YoloFormat(), edits, random.nextInt(10)));
    }

    @Test
    void csv() {
        Fuzz.run("csv", (i, random, edits) -> read(new CsvFormat(), edits, random.nextInt(10)));
    }

    @Test
    void labelme() {
        Fuzz.run("labelme", (i, random, edits) -> read(new LabelmeFormat(), edits, random.nextInt(10)));
    }

    /** labelme's primitives (points, lines, a linestrip, a circle, rectangles, a polygon) as a second labelme seed. */
    @Test
    void labelmePrimitives() {
        Fuzz.run("labelme-primitives", (i, random, edits) -> {
            Path dataset = mutated(new LabelmeFormat(), "labelme-primitives",
                    () -> LabelmePrimitives.folder(WORK.resolve("pristine-labelme-primitives")), edits, 0);
            try {
                return CleanRefusal.check(() -> new LabelmeFormat().read(dataset), REFUSALS) ? "read" : "refused";
            } finally {
                delete(dataset);
            }
        });
    }

    /** IDX (MNIST, Fashion-MNIST): binary headers and pixels, plain or gzipped. */
    @Test
    void idx() {
        Fuzz.run("idx", (i, random, edits) -> read(new IdxFormat(), edits, random.nextInt(10)));
    }

    /** Fewer cases: each makes a project. A refused import changes nothing; an accepted one is whole. */
    @Test
    void importsAreWholeOrNothing() {
        List<AnnotationFormat> formats = List.of(new CocoFormat(), new VocFormat(), new YoloFormat(), new CsvFormat(),
                new LabelmeFormat());
        Fuzz.run("imports", Math.max(10, Fuzz.cases() / 5), (i, random, edits) -> {
            AnnotationFormat format = formats.get(random.nextInt(formats.size()));
            Path dataset = mutated(format, edits, random.nextInt(10));
            Path projectDir = Files.createTempDirectory(WORK, "project");
            try (ProjectStore store = ProjectStore.create(projectDir, "fuzz")) {
                boolean imported = CleanRefusal.check(() -> new DatasetImporter(store).importLabels(format, dataset,
                        Progress.NONE, Cancellation.none()), List.of(FormatException.class, IOException.class,
                        ProjectException.class));
                if (!imported) {
                    assertEquals(0, store.imageCount(), "a refused import leaves no image");
                    assertTrue(store.labelClasses().isEmpty(), "a refused import leaves no class");
                }
                return imported ? "imported" : "refused";
            } finally {
                delete(projectDir);
                delete(dataset);
            }
        });
    }

    private static String read(AnnotationFormat format, List<Edit> edits, int file) throws IOException {
        Path dataset = mutated(format, edits, file);
        try {
            return CleanRefusal.check(() -> format.read(dataset), REFUSALS) ? "read" : "refused";
        } finally {
            delete(dataset);
        }
    }

    /** A copy of the format's pristine export with one of its label files (chosen by {@code file}) edited. */
    private static Path mutated(AnnotationFormat format, List<Edit> edits, int file) throws IOException {
        return mutated(format, format.id(), () -> export(format), edits, file);
    }

    /** A copy of the pristine dataset {@code seed} (made once by {@code make}) with one label file edited. */
    private static Path mutated(AnnotationFormat format, String seed, Supplier<Path> make, List<Edit> edits, int file)
            throws IOException {
        Path pristine = PRISTINE.computeIfAbsent(seed, id -> make.get());
        Path copy = Files.createTempDirectory(WORK, format.id());
        List<Path> labelFiles;
        try (Stream<Path> all = Files.walk(pristine)) {
            for (Path p : all.sorted().toList()) {
                Path target = copy.resolve(pristine.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        try (Stream<Path> all = Files.walk(copy)) {
            labelFiles = all.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".png")
                    && !p.toString().endsWith(".jpg")).sorted().toList();
        }
        Path victim = labelFiles.get(file % labelFiles.size());
        Files.write(victim, Edit.applyAll(Files.readAllBytes(victim), edits));
        return copy;
    }

    private static Path export(AnnotationFormat format) {
        try {
            if (format instanceof IdxFormat) {
                return idxFiles(Files.createTempDirectory(WORK, "pristine-idx"));
            }
            Path dir = Files.createTempDirectory(WORK, "pristine-" + format.id());
            LabelledDataset sample = JsonFormatFixtures.sample(dir.resolve("source"));
            format.write(sample, dir.resolve("out"));
            return dir.resolve("out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small Fashion-MNIST-like set: two gzipped training files, two plain test files. */
    private static Path idxFiles(Path dir) throws IOException {
        writeIdx(dir.resolve("train-images-idx3-ubyte.gz"), true, IdxFormat.IMAGES_MAGIC, 3, 4, 5);
        writeIdx(dir.resolve("train-labels-idx1-ubyte.gz"), true, IdxFormat.LABELS_MAGIC, 3);
        writeIdx(dir.resolve("t10k-images-idx3-ubyte"), false, IdxFormat.IMAGES_MAGIC, 2, 4, 5);
        writeIdx(dir.resolve("t10k-labels-idx1-ubyte"), false, IdxFormat.LABELS_MAGIC, 2);
        return dir;
    }

    private static void writeIdx(Path file, boolean gzip, int magic, int count, int... dims) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        int per = 1;
        for (int d : dims) {
            out.writeInt(d);
            per *= d;
        }
        for (int i = 0; i < count * per; i++) {
            out.writeByte(dims.length == 0 ? i % 10 : i % 251);
        }
        byte[] content = bytes.toByteArray();
        if (gzip) {
            try (java.io.OutputStream gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
                gz.write(content);
            }
        } else {
            Files.write(file, content);
        }
    }

    private static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
