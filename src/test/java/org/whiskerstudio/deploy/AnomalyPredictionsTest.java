package org.whiskerstudio.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ImageUnreadable;

/** An anomaly model's answers in the folder CSV and on the screen: score, threshold and verdict, no classes. */
class AnomalyPredictionsTest {
    @TempDir
    Path temp;

    @Test
    void aFolderOfAnomalyAnswersHasScoreColumnsAndErrorRowsOfTheSameWidth() throws Exception {
        FolderPrediction.FilePredictor scorer = new FolderPrediction.FilePredictor() {
            @Override
            public Prediction predict(Path file, int k) throws ImageUnreadable {
                if (file.getFileName().toString().startsWith("bad")) {
                    throw new ImageUnreadable("not an image");
                }
                return Prediction.scored(file.getFileName().toString(), AnomalyVerdict.of(0.25, 0.1), 2.0);
            }

            @Override
            public boolean scoresAnomalies() {
                return true;
            }
        };
        Path csv = temp.resolve("out.csv");

        FolderPrediction.toCsv(List.of(Path.of("odd.png"), Path.of("bad.png")), scorer, 5, csv, Progress.NONE,
                new Cancellation());

        assertEquals(List.of("file,score,threshold,anomaly,millis", "odd.png,0.250000,0.100000,true,2.000",
                "bad.png,ERROR: not an image,,,"), Files.readAllLines(csv));
    }

    @Test
    void theSummaryIsTheVerdict() {
        assertEquals("normal: score 0.05000 at most the threshold 0.1000",
                Prediction.scored("a.png", AnomalyVerdict.of(0.05, 0.1), 1).summary());
        assertEquals("{\"classes\":[],\"anomaly\":{\"score\":0.25,\"threshold\":0.1,\"anomaly\":true},\"millis\":1.0}",
                PredictionFormats.json(Prediction.scored("a.png", AnomalyVerdict.of(0.25, 0.1), 1), false));
    }
}
