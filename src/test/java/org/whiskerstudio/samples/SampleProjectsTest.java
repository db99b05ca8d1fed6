package org.whiskerstudio.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ClassCount;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

class SampleProjectsTest {
    @TempDir
    Path dir;

    @Test
    void aPreviewTakesImagesFromEachClassInTurn() throws Exception {
        SampleProjects.Preview cats = SampleProjects.preview(SampleProjects.ALL.get(0), 4);
        assertEquals(MediaKind.IMAGE, cats.kind());
        assertEquals(4, cats.images().size());
        assertEquals(2, cats.images().stream().filter(u -> u.toString().contains("/not-cat/")).count(),
                "cat, not-cat, cat, not-cat: " + cats.images());
    }

    @Test
    void aDetectionSamplesPreviewHasPicturesWithTheirBoxes() throws Exception {
        List<BoxedPhoto> cats = SampleProjects.preview(CatBoxesSample.SAMPLE, 2).boxed();
        assertEquals(2, cats.size());
        for (BoxedPhoto photo : cats) {
            assertEquals(1, photo.boxes().size(), "one cat a photo");
            assertTrue(photo.boxes().get(0).x2() <= photo.width() && photo.boxes().get(0).y2() <= photo.height());
            assertTrue(photo.image().length > 1000, "the photo's encoded bytes");
        }
        List<BoxedPhoto> canvases = SampleProjects.preview(FashionBoxesSample.SAMPLE, 2).boxed();
        assertEquals(2, canvases.size());
        for (BoxedPhoto canvas : canvases) {
            assertEquals(128, canvas.width());
            assertTrue(canvas.boxes().size() >= 2 && canvas.boxes().size() <= 5, "2 to 5 items a canvas");
        }
        assertTrue(SampleProjects.preview(SampleProjects.ALL.get(0), 4).boxed().isEmpty(), "classes, not boxes");
    }

    @Test
    void aSeriesOrTextSampleHasAPreviewWithoutImages() throws Exception {
        assertEquals(new SampleProjects.Preview(MediaKind.SERIES, List.of()),
                SampleProjects.preview(SensorSample.SAMPLE, 4));
        assertEquals(MediaKind.TEXT, SampleProjects.preview(TextSamples.MOBY_DICK, 4).kind());
    }

    @Test
    void fashionSampleKeepsItsTestImagesAsTheTestSubset() throws Exception {
        SampleProjects.Sample fashion = SampleProjects.ALL.stream().filter(s -> s.id().equals("fashion")).findFirst().orElseThrow();
        Path folder = SampleProjects.materialise(fashion, dir, Progress.NONE, new Cancellation());
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(4000, store.imageCount());
            assertEquals(10, store.labelClasses().size());
            Map<String, Integer> subsets = store.read(c -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                try (var s = c.createStatement();
                     var rs = s.executeQuery("SELECT subset, origin, COUNT(*) FROM image_subset GROUP BY subset, origin ORDER BY subset")) {
                    while (rs.next()) {
                        counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
                    }
                }
                return counts;
            });
            assertEquals(Map.of("test/dataset", 1000, "train/dataset", 3000), subsets);
            for (ClassCount count : store.summary().classes()) {
                assertEquals(400, count.images(), count.toString());
            }
        }
        assertTrue(Files.isRegularFile(folder.resolve("NOTICE.md")));
    }

    @Test
    void sensorSampleOpensAsMoteWindowsNamedNormalAndEvent() throws Exception {
        SampleProjects.Sample sensor = SampleProjects.ALL.stream().filter(s -> s.id().equals("sensor")).findFirst().orElseThrow();
        Path folder = SampleProjects.materialise(sensor, dir, Progress.NONE, new Cancellation());
        try (ProjectStore store = ProjectStore.open(folder)) {
            // 4417, 4417, 5039 and 5041 readings per mote: (n - 20) / 10 + 1 windows each.
            assertEquals(440 + 440 + 502 + 503, store.imageCount());
            Map<String, Integer> balance = new LinkedHashMap<>();
            for (ClassCount count : store.summary().classes()) {
                balance.put(count.labelClass().name(), count.images());
            }
            assertEquals(Map.of("normal", 1870, "event", 15), balance);
            assertEquals(0, store.summary().unlabelled());
            var window = store.images(ImageQuery.ALL).get(0);
            assertEquals("series", window.format());
            assertEquals(2, window.width());
            assertEquals(20, window.height());
            assertEquals("sensor-network mote_id=1 rows 2-21", window.fileName());
        }
        assertTrue(Files.readString(folder.resolve("NOTICE.md")).contains("CC-BY-4.0"));
    }

    @Test
    void weatherSampleOpensAsWeeksLabelledByTheirLastDay() throws Exception {
        SampleProjects.Sample weather = SampleProjects.ALL.stream().filter(s -> s.id().equals("weather")).findFirst().orElseThrow();
        Path folder = SampleProjects.materialise(weather, dir, Progress.NONE, new Cancellation());
        try (ProjectStore store = ProjectStore.open(folder)) {
            // 1,461 days: windows of 7 starting on every day but the last 6.
            assertEquals(1455, store.imageCount());
            Map<String, Integer> balance = new LinkedHashMap<>();
            for (ClassCount count : store.summary().classes()) {
                balance.put(count.labelClass().name(), count.images());
            }
            assertEquals(Map.of("sun", 714, "fog", 411, "rain", 254, "drizzle", 53, "snow", 23), balance);
            var week = store.images(ImageQuery.ALL).get(0);
            assertEquals(4, week.width());
            assertEquals(7, week.height());
        }
        assertTrue(Files.readString(folder.resolve("NOTICE.md")).contains("public-domain"));
    }
}
