package org.whiskerstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.app.cli.WhiskerCli;
import org.whiskerstudio.evaluation.CurrentLabels;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

/** {@code whisker bench lstm sensors}: windows come from the studio's series importer, then a real (tiny) run. */
@Tag("engine")
class LstmBenchTest {
    @TempDir
    Path temp;

    /** Two motes of 60 readings; mote 1 has an event in rows 21..26, so the window of rows 21..30 is an event. */
    private Path sensorCsv() throws Exception {
        StringBuilder csv = new StringBuilder("reading,mote_id,indoor,humidity,temperature,label\n");
        for (int mote = 1; mote <= 2; mote++) {
            for (int r = 1; r <= 60; r++) {
                boolean event = mote == 1 && r >= 21 && r <= 26;
                // Every reading differs, so no two windows are the same content (the importer skips duplicates).
                double humidity = 40 + mote + r * 0.1 + (event ? 15 : 0);
                double temperature = 27 + r * 0.01 + (event ? 8 : 0);
                csv.append(r).append(',').append(mote).append(",1,").append(humidity).append(',').append(temperature)
                        .append(',').append(event ? 1 : 0).append('\n');
            }
        }
        Path file = temp.resolve("data.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void sensorsBenchImportsWindowsLikeTheStudioAndTrains() throws Exception {
        Path project = temp.resolve("bench");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "lstm", "sensors",
                sensorCsv().toString(), "--window", "10", "--epochs", "1", "--batch", "4", "--threads", "1",
                "--project", project.toString());
        String text = out.toString();
        assertEquals(0, exit, text + err);
        assertTrue(text.contains("windows of 10 rows every 10 rows per mote_id: {event=1, normal=11}"), text);
        assertTrue(text.contains("test accuracy"), text);
        assertTrue(text.contains("majority baseline"), text);
        assertTrue(text.contains("recall"), text);
        try (ProjectStore store = ProjectStore.open(project)) {
            List<ImageAsset> windows = store.images(ImageQuery.ALL);
            assertEquals(12, windows.size());
            windows.forEach(w -> assertEquals(MediaKind.SERIES, MediaKind.of(w.format())));
            // The importer's own names and labels: what a user importing this file would see.
            Map<String, String> byName = new TreeMap<>();
            Map<Long, String> labels = CurrentLabels.of(store);
            windows.forEach(w -> byName.put(w.fileName(), labels.get(w.id())));
            assertEquals("event", byName.get("data mote_id=1 rows 22-31"), byName.toString());
            assertEquals("normal", byName.get("data mote_id=2 rows 62-71"), byName.toString());
        }
    }

    @Test
    void aWindowLongerThanTheDataIsAClearFailure() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WhiskerCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "lstm", "sensors",
                sensorCsv().toString(), "--window", "100", "--epochs", "1", "--project", temp.resolve("p").toString());
        assertEquals(1, exit, out.toString() + err);
        assertTrue(out.toString().contains("longer than the data"), out.toString());
        assertTrue(out.toString().contains("no windows imported"), out.toString());
    }
}
