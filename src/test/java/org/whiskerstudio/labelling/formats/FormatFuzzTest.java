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
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.fuzz.CleanRefusal;
import org.whiskerstudio.fuzz.Edit;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectStore;

/**
 * Fuzzing of every labelled-dataset format: a valid export, one of its label files mutated (bit flips, cuts, nasty
 * values, repeated slices), read again. Every case ends in a dataset or a {@link FormatException}/IOException with a
 * message, in time; imported into a project, a refused dataset leaves the project exactly as it was. The number of
 * cases per property is jqwik's default ({@code jqwik.tries.default} in junit-platform.properties, a few hundred);
 * a nightly run passes {@code -Djqwik.tries.default=5000}.
 */
class FormatFuzzTest {
    private static final List<Class<? extends Exception>> REFUSALS = List.of(FormatException.class, IOException.class);
    private static final Map<String, Path> PRISTINE = new ConcurrentHashMap<>();
    private static final Path WORK = temp("whisker-format-fuzz");

    @AfterContainer
    static void cleanUp() {
        delete(WORK);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Edit.edits();
    }

    @Property
    void coco(@ForAll("edits") List<Edit> edits, @ForAll @IntRange(max = 9) int file) throws IOException {
        read(new CocoFormat(), edits, file);
    }

    @Property
    void voc(@ForAll("edits") List<Edit> edits, @ForAll @IntRange(max = 9) int file) throws IOException {
        read(new VocFormat(), edits, file);
    }

    @Property
    void yolo(@ForAll("edits") List<Edit> edits, @ForAll @IntRange(max = 9) int file) throws IOException {
        read(new YoloFormat(), edits, file);
    }

    @Property
    void csv(@ForAll("edits") List<Edit> edits, @ForAll @IntRange(max = 9) int file) throws IOException {
        read(new CsvFormat(), edits, file);
    }

    @Property
    void labelme(@ForAll("edits") List<Edit> edits, @ForAll @IntRange(max = 9) int file) throws IOException {
        read(new LabelmeFormat(), edits, file);
    }

    /** Fewer cases: each makes a project. A refused import changes nothing; an accepted one is whole. */
    @Property(tries = 40)
    void importsAreWholeOrNothing(@ForAll("edits") List<Edit> edits, @ForAll @IntRange(max = 4) int which,
                                  @ForAll @IntRange(max = 9) int file) throws IOException {
        AnnotationFormat format = List.of(new CocoFormat(), new VocFormat(), new YoloFormat(), new CsvFormat(),
                new LabelmeFormat()).get(which);
        Path dataset = mutated(format, edits, file);
        Path projectDir = Files.createTempDirectory(WORK, "project");
        try (ProjectStore store = ProjectStore.create(projectDir, "fuzz")) {
            boolean imported = CleanRefusal.check(() -> new DatasetImporter(store).importLabels(format, dataset,
                    Progress.NONE, Cancellation.none()), List.of(FormatException.class, IOException.class,
                    ProjectException.class));
            if (!imported) {
                assertEquals(0, store.imageCount(), "a refused import leaves no image");
                assertTrue(store.labelClasses().isEmpty(), "a refused import leaves no class");
            }
        } finally {
            delete(projectDir);
            delete(dataset);
        }
    }

    private static void read(AnnotationFormat format, List<Edit> edits, int file) throws IOException {
        Path dataset = mutated(format, edits, file);
        try {
            boolean read = CleanRefusal.check(() -> format.read(dataset), REFUSALS);
            // Printed with the property's report: a fuzzer whose cases all pass (or all fail) tests little.
            Statistics.collect(read ? "read" : "refused");
        } finally {
            delete(dataset);
        }
    }

    /** A copy of the format's pristine export with one of its label files (chosen by {@code file}) edited. */
    private static Path mutated(AnnotationFormat format, List<Edit> edits, int file) throws IOException {
        Path pristine = PRISTINE.computeIfAbsent(format.id(), id -> export(format));
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
            labelFiles = all.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".png")).sorted().toList();
        }
        Path victim = labelFiles.get(file % labelFiles.size());
        Files.write(victim, Edit.applyAll(Files.readAllBytes(victim), edits));
        return copy;
    }

    private static Path export(AnnotationFormat format) {
        try {
            Path dir = Files.createTempDirectory(WORK, "pristine-" + format.id());
            LabelledDataset sample = JsonFormatFixtures.sample(dir.resolve("source"));
            format.write(sample, dir.resolve("out"));
            return dir.resolve("out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
