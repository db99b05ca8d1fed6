package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.fuzz.CleanRefusal;
import org.whiskerstudio.fuzz.Edit;
import org.whiskerstudio.project.ProjectStore;

/**
 * Fuzzing of the series and text importers: a valid CSV mutated, imported into a new project. Each case ends with a
 * report (never an exception, never a hang); the project holds exactly the examples the report counts, and every
 * problem names the file and the line or group. These importers take the good rows of a file and name the bad ones
 * (a 10,000-row table with one broken line is worth importing); the image importers refuse a file whole.
 */
class ImporterFuzzTest {
    private static final Path WORK = temp();
    private static final String SERIES;
    private static final String TEXTS = """
            label,text
            ham,"See you at 7, ok?"
            spam,WIN a FREE prize now!!! call 0800
            ham,Running late; save me a seat
            spam,"Your account: click ""here"" to claim"
            ham,é ü 中文 emoji 🐱 fine
            """;

    static {
        StringBuilder csv = new StringBuilder("mote,temp,hum,label\n");
        for (int i = 0; i < 24; i++) {
            csv.append(i < 12 ? 1 : 2).append(',').append(20 + i * 0.25).append(',').append(40 - i).append(',')
                    .append(i % 7 == 0 ? "event" : "normal").append('\n');
        }
        SERIES = csv.toString();
    }

    @AfterContainer
    static void cleanUp() {
        delete(WORK);
    }

    /** Best effort: a temporary folder left behind is no failure of the code under test. */
    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the system's temporary-file cleaning
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Edit.edits();
    }

    @Property
    void seriesWindows(@ForAll("edits") List<Edit> edits) throws IOException {
        SeriesOptions options = SeriesOptions.windowed(List.of("temp", "hum"), new SeriesOptions.Windows("label", 4, 2,
                Optional.of("mote"), SeriesOptions.LabelPolicy.MAJORITY));
        fuzz(SERIES, edits, (store, file) -> new SeriesImporter(store).run(ImportRequest.of(List.of(file)), options,
                Progress.NONE, Cancellation.none()));
    }

    @Property
    void texts(@ForAll("edits") List<Edit> edits) throws IOException {
        fuzz(TEXTS, edits, (store, file) -> new TextImporter(store).run(ImportRequest.of(List.of(file)),
                TextOptions.defaults(), Progress.NONE, Cancellation.none()));
    }

    private interface Import {
        ImportReport run(ProjectStore store, Path file);
    }

    private static void fuzz(String valid, List<Edit> edits, Import importer) throws IOException {
        Path dir = Files.createTempDirectory(WORK, "case");
        Path file = dir.resolve("data.csv");
        Files.write(file, Edit.applyAll(valid.getBytes(StandardCharsets.UTF_8), edits));
        try (ProjectStore store = ProjectStore.create(dir.resolve("project"), "fuzz")) {
            ImportReport[] report = new ImportReport[1];
            CleanRefusal.check(() -> report[0] = importer.run(store, file), List.of());
            // The project holds exactly what the report says: rows or windows it took, never half of one.
            assertEquals(report[0].imported(), store.imageCount(), report[0].summary());
            boolean named = report[0].problems().stream().allMatch(p -> p.source().startsWith(file.toString())
                    && !p.reason().isBlank());
            assertEquals(true, named, "each problem names the file and says why: " + report[0].problems());
            Statistics.collect(report[0].problems().isEmpty() ? "imported whole"
                    : report[0].imported() > 0 ? "imported, bad rows named" : "refused");
        } finally {
            delete(dir);
        }
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("whisker-import-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
