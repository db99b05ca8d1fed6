package org.whiskerstudio.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.training.RunFolder;

/** The CSV and HTML report, and the saved evaluation in a run folder. */
class EvaluationReportTest {
    @TempDir
    Path temp;

    private static Evaluation sample() {
        return new Evaluation(4, "LeNet #1", "the test part", "2026-01-02T03:04:05Z", List.of("A", "B", "C"),
                ConfusionMatrixTest.sample(), List.of("2 images of class D were left out."));
    }

    @Test
    void csvHoldsPerClassMetricsMatrixAndOneRowPerImage() {
        String csv = EvaluationReport.of(sample()).csv();
        assertTrue(csv.contains("\nA,0.5000,0.6667,0.5714,3\n"), csv);
        assertTrue(csv.contains("\nC,0.0000,0.0000,0.0000,1\n"), csv);
        assertTrue(csv.contains("\naccuracy,,,0.5000,6\n"), csv);
        assertTrue(csv.contains("\ntrue \\ predicted,A,B,C\nA,2,1,0\nB,1,1,0\nC,1,0,0\n"), csv);
        assertTrue(csv.contains("\n3,h3,A,B,0.6000,false,0.3000,0.6000,0.1000\n"), csv);
        long imageRows = csv.lines().filter(l -> l.matches("\\d+,h\\d,.*")).count();
        assertEquals(6, imageRows);
    }

    @Test
    void htmlIsSelfContainedWithTheHeatMapAndTables() {
        String html = EvaluationReport.of(sample()).html();
        assertTrue(html.contains("<svg"), "charts are inline SVG");
        assertFalse(html.contains("src=\"http"), "nothing is fetched");
        assertTrue(html.contains("Accuracy 50.00%"), html);
        assertTrue(html.contains("<title>C as A: 1 (100.0%)</title>"), html);
        assertTrue(html.contains("A &harr; B"));
        assertTrue(html.contains("2 images of class D were left out."));
    }

    @Test
    void binaryReportDrawsRocAndPrecisionRecall() {
        Evaluation e = new Evaluation(1, "r", "d", "t", List.of("no", "yes"), List.of(
                ScoredExample.of(1, "a", 1, new float[] {0.1f, 0.9f}), ScoredExample.of(2, "b", 0, new float[] {0.8f, 0.2f})),
                List.of());
        String html = EvaluationReport.of(e).html();
        assertTrue(html.contains("ROC (AUC 1.000)"), html);
        assertTrue(html.contains("Precision-recall (AP 1.000)"));
    }

    @Test
    void writeCreatesBothFiles() throws Exception {
        List<Path> files = EvaluationReport.of(sample()).write(temp.resolve("report"));
        assertTrue(Files.readString(files.get(0)).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.readString(files.get(1)).startsWith("# run,LeNet #1"));
    }

    @Test
    void aSavedTestEvaluationReadsBackEqual() throws Exception {
        RunFolder folder = new RunFolder(temp.resolve("runs/4"));
        Files.createDirectories(folder.root());
        assertTrue(SavedEvaluations.readTest(folder).isEmpty());
        SavedEvaluations.writeTest(folder, sample());
        assertEquals(sample(), SavedEvaluations.readTest(folder).orElseThrow());
    }

    @Test
    void currentLabelsRelabelOrDropEvaluatedImages() {
        Evaluation.Reconciled r = sample().withLabels(Map.of(1L, "A", 2L, "A", 3L, "B", 4L, "B", 5L, "B"));
        assertEquals(1, r.relabelled(), "image 3 is now B");
        assertEquals(1, r.dropped(), "image 6 lost its label");
        assertEquals(5, r.evaluation().predictions().size());
        assertEquals(4, r.evaluation().matrix().correct(), "images 1, 2, 4 and now 3 are right");
    }
}
