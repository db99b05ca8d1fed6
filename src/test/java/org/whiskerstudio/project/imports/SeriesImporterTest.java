package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.Series;

class SeriesImporterTest {
    @TempDir
    Path tmp;

    private Path write(String relative, String content) throws IOException {
        Path file = tmp.resolve("in").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private ProjectStore project() {
        return ProjectStore.create(tmp.resolve("project"), "p");
    }

    private static Map<String, String> classesByName(ProjectStore store) {
        Map<Long, String> names = store.labelClasses().stream().collect(Collectors.toMap(LabelClass::id, LabelClass::name));
        Map<String, String> out = new TreeMap<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            out.put(image.fileName(), image.classIds().stream().map(names::get).collect(Collectors.joining(",")));
        }
        return out;
    }

    @Test
    void folderPerClassMakesOneLabelledSeriesPerFileWithEveryNumericColumn() throws Exception {
        write("walk/a.csv", "\uFEFFtime,x,\"y, g\",note\r\n0,1.5,2,ok\r\n1,2.5,3,fine\r\n");
        write("run/b.csv", "time,x,\"y, g\",note\n0,9,8,x\n1,7,6,y\n2,5,4,z\n");
        try (ProjectStore store = project()) {
            ImportReport report = new SeriesImporter(store).run(ImportRequest.folderPerClass(tmp.resolve("in")),
                    SeriesOptions.perFile(), Progress.NONE, new Cancellation());

            assertEquals(2, report.imported(), report.summary());
            assertEquals(Map.of("a.csv", "walk", "b.csv", "run"), classesByName(store));
            ImageAsset a = store.images(new ImageQuery(new ImageQuery.LabelFilter.All(), "a.csv")).get(0);
            assertEquals(MediaKind.SERIES_FORMAT, a.format());
            assertEquals(3, a.width());
            assertEquals(2, a.height());
            Series stored = Series.read(store.layout().resolveStored(a.storedPath()));
            assertEquals(List.of("time", "x", "y_ g"), stored.features());
            assertEquals(2.5f, stored.value(1, 1));
            assertTrue(Files.isRegularFile(store.layout().thumbnail(a.sha256())));
            // "note" holds words: left out of the default choice, and said so for each file.
            assertEquals(2, report.problems().size(), report.problems().toString());
            assertTrue(report.problems().stream().anyMatch(p -> p.source().endsWith("a.csv")
                    && p.reason().equals("column \"note\" left out: line 2 holds 'ok', not a number")), report.problems().toString());
        }
    }

    @Test
    void windowedImportCutsGroupsIntoWindowsLabelledByMajority() throws Exception {
        StringBuilder csv = new StringBuilder("mote,temp,hum,label\n");
        for (int i = 0; i < 10; i++) {
            csv.append("1,").append(i).append(',').append(i * 2).append(',').append(i >= 6 ? 1 : 0).append('\n');
        }
        for (int i = 0; i < 5; i++) {
            csv.append("2,").append(100 + i).append(",0,1\n");
        }
        write("long.csv", csv.toString());
        SeriesOptions options = SeriesOptions.windowed(List.of("temp", "hum"), new SeriesOptions.Windows("label", 4, 2,
                Optional.of("mote"), SeriesOptions.LabelPolicy.MAJORITY)).withLabelNames(Map.of("0", "normal", "1", "event"));
        try (ProjectStore store = project()) {
            ImportReport report = new SeriesImporter(store).run(ImportRequest.of(List.of(tmp.resolve("in/long.csv"))),
                    options, Progress.NONE, new Cancellation());

            // mote 1: rows 0-3, 2-5, 4-7, 6-9 (labels 0000, 0000, 0011 tie -> first met, 1111); mote 2: rows 0-3.
            assertEquals(5, report.imported(), report.summary());
            assertEquals(Map.of(
                    "long mote=1 rows 2-5", "normal", "long mote=1 rows 4-7", "normal", "long mote=1 rows 6-9", "normal",
                    "long mote=1 rows 8-11", "event", "long mote=2 rows 12-15", "event"), classesByName(store));
            ImageAsset last = store.images(new ImageQuery(new ImageQuery.LabelFilter.All(), "mote=2")).get(0);
            Series window = Series.read(store.layout().resolveStored(last.storedPath()));
            assertEquals(List.of("temp", "hum"), window.features());
            assertEquals(4, window.steps());
            assertEquals(100f, window.value(0, 0));
            assertEquals(103f, window.value(3, 0));
            assertTrue(report.problems().isEmpty(), report.problems().toString());
        }
    }

    @Test
    void lastRowPolicyLabelsTheWindowByItsLastRow() {
        assertEquals(Optional.of("1"), WindowLabel.of(List.of("0", "0", "0", "1"), SeriesOptions.LabelPolicy.LAST));
        assertEquals(Optional.of("0"), WindowLabel.of(List.of("0", "0", "0", "1"), SeriesOptions.LabelPolicy.MAJORITY));
        assertEquals(Optional.empty(), WindowLabel.of(List.of(" ", ""), SeriesOptions.LabelPolicy.MAJORITY));
    }

    @Test
    void malformedFilesAreReportedWithFileAndLineAndTheRestIsImported() throws Exception {
        write("good.csv", "a,b\n1,2\n3,4\n");
        write("ragged.csv", "a,b\n1,2\n3\n");
        write("words.csv", "a,b\n1,2\n3,x\n");
        write("empty.csv", "");
        write("header-only.csv", "a,b\n");
        write("latin1.csv", "a,b\n1,2\n");
        Files.write(tmp.resolve("in/latin1.csv"), new byte[] {'a', ',', 'b', '\n', (byte) 0xE9, ',', '2', '\n'});
        write("open-quote.csv", "a,b\n\"1,2\n");
        SeriesOptions explicit = new SeriesOptions(List.of("a", "b"), Optional.empty(), Map.of());
        try (ProjectStore store = project()) {
            ImportReport report = new SeriesImporter(store).run(ImportRequest.of(List.of(tmp.resolve("in"))), explicit,
                    Progress.NONE, new Cancellation());

            assertEquals(1, report.imported(), report.summary());
            Map<String, String> reasons = report.problems().stream().collect(Collectors.toMap(
                    p -> Path.of(p.source()).getFileName().toString(), Problem::reason));
            assertEquals("line 3: 1 fields, the header has 2", reasons.get("ragged.csv"));
            assertEquals("line 3, column b: 'x' is not a number", reasons.get("words.csv"));
            assertEquals("the file is empty", reasons.get("empty.csv"));
            assertEquals("has a header but no rows", reasons.get("header-only.csv"));
            assertEquals("is not UTF-8 text", reasons.get("latin1.csv"));
            assertEquals("line 2: a quoted field is never closed", reasons.get("open-quote.csv"));
        }
    }

    @Test
    void windowedImportReportsMissingLabelColumnAndTooLongWindow() throws Exception {
        write("nolabel.csv", "t,x\n1,2\n2,3\n");
        write("short.csv", "x,label\n1,a\n2,b\n3,a\n");
        SeriesOptions options = SeriesOptions.windowed(List.of(), new SeriesOptions.Windows("label", 5, 1,
                Optional.empty(), SeriesOptions.LabelPolicy.MAJORITY));
        try (ProjectStore store = project()) {
            ImportReport report = new SeriesImporter(store).run(ImportRequest.of(List.of(tmp.resolve("in"))), options,
                    Progress.NONE, new Cancellation());

            assertEquals(0, report.imported());
            List<String> reasons = report.problems().stream().map(Problem::toString).sorted().toList();
            assertTrue(reasons.get(0).endsWith("nolabel.csv: line 1: no label column \"label\"; the header has t, x"),
                    reasons.toString());
            assertTrue(reasons.get(1).endsWith("short.csv: the window of 5 rows is longer than the data (3 rows)"),
                    reasons.toString());
        }
    }

    @Test
    void absurdWindowAndStrideAreRefusedBeforeAnyImport() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () ->
                new SeriesOptions.Windows("label", 0, 1, Optional.empty(), SeriesOptions.LabelPolicy.MAJORITY));
        assertEquals("the window length must be 1 to 100000 rows, not 0", zero.getMessage());
        IllegalArgumentException stride = assertThrows(IllegalArgumentException.class, () ->
                new SeriesOptions.Windows("label", 10, -3, Optional.empty(), SeriesOptions.LabelPolicy.LAST));
        assertTrue(stride.getMessage().startsWith("the stride must be 1 to"), stride.getMessage());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path big = write("big.csv", "a\n1\n");
        SequenceUnreadableCheck.assertRefused(big, 2, "the file is 4 bytes, more than the limit of 2 bytes");
    }

    @Test
    void importingTheSameSeriesTwiceSkipsDuplicates() throws Exception {
        write("one/a.csv", "x,y\n1,2\n");
        write("two/a-copy.csv", "x,y\r\n1.0,2\r\n"); // same values: the canonical CSV, and so the hash, is the same
        try (ProjectStore store = project()) {
            ImportReport first = new SeriesImporter(store).run(ImportRequest.of(List.of(tmp.resolve("in"))),
                    SeriesOptions.perFile(), Progress.NONE, new Cancellation());
            ImportReport again = new SeriesImporter(store).run(ImportRequest.of(List.of(tmp.resolve("in/one"))),
                    SeriesOptions.perFile(), Progress.NONE, new Cancellation());

            assertEquals(1, first.imported());
            assertEquals(1, first.duplicates());
            assertEquals(0, again.imported());
            assertEquals(1, again.duplicates());
            assertEquals(1, store.imageCount());
        }
    }

    @Test
    void cancellingStopsTheWindowingAndKeepsWhatWasCommitted() throws Exception {
        StringBuilder csv = new StringBuilder("x,label\n");
        for (int i = 0; i < 2000; i++) {
            csv.append(i).append(",a\n");
        }
        write("long.csv", csv.toString());
        Cancellation cancellation = new Cancellation();
        Progress cancelOnFirstCommit = (done, total, message) -> {
            if (done > 0) {
                cancellation.cancel();
            }
        };
        try (ProjectStore store = project()) {
            ImportReport report = new SeriesImporter(store).run(ImportRequest.of(List.of(tmp.resolve("in"))),
                    SeriesOptions.windowed(List.of(), new SeriesOptions.Windows("label", 10, 1, Optional.empty(),
                            SeriesOptions.LabelPolicy.LAST)), cancelOnFirstCommit, cancellation);

            assertTrue(report.cancelled(), report.summary());
            assertTrue(report.imported() > 0 && report.imported() < 1991, report.summary());
            assertEquals(report.imported(), store.imageCount());
            assertFalse(store.images(ImageQuery.ALL).stream()
                    .anyMatch(i -> !Files.isRegularFile(store.layout().resolveStored(i.storedPath()))));
        }
    }

    @Test
    void seattleWeatherWeeksAreLabelledByTheirLastDayAndTheDateColumnIsLeftOut() throws Exception {
        Path csv = tmp.resolve("seattle-weather.csv");
        try (var in = SeriesImporterTest.class.getResourceAsStream("/samples/weather/seattle-weather.csv")) {
            Files.copy(in, csv);
        }
        SeriesOptions options = SeriesOptions.windowed(List.of(), new SeriesOptions.Windows("weather", 7, 1,
                Optional.empty(), SeriesOptions.LabelPolicy.LAST));
        try (ProjectStore store = project()) {
            ImportReport report = new SeriesImporter(store).run(ImportRequest.of(List.of(csv)), options, Progress.NONE,
                    new Cancellation());

            // 1,461 days give 1,455 weeks; each takes the weather of its seventh day.
            assertEquals(1455, report.imported(), report.summary());
            Map<String, Integer> balance = new TreeMap<>();
            for (var count : store.summary().classes()) {
                balance.put(count.labelClass().name(), count.images());
            }
            assertEquals(Map.of("sun", 714, "fog", 411, "rain", 254, "drizzle", 53, "snow", 23), balance);
            assertEquals(List.of(new Problem(csv.toString(), "column \"date\" left out: line 2 holds '2012/01/01', not a number")),
                    report.problems());
            ImageAsset first = store.images(new ImageQuery(new ImageQuery.LabelFilter.All(), "rows 2-8")).get(0);
            Series week = Series.read(store.layout().resolveStored(first.storedPath()));
            assertEquals(List.of("precipitation", "temp_max", "temp_min", "wind"), week.features());
            assertEquals(12.8f, week.value(0, 1));
        }
    }
}
