package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;

/**
 * {@code whisker train --template dense-ae --normal-class} and {@code whisker evaluate} of the run it makes, on a
 * tiny project trained for real: the autoencoder learns the dark images, its loss falls, and the light ones (the
 * anomalies) rank first.
 */
@Tag("engine")
class AutoencoderCommandsTest {
    @TempDir
    Path temp;

    @Test
    void anAutoencoderLearnsTheNormalClassAndRanksTheOtherFirst() throws Exception {
        Path project = temp.resolve("p");
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            DatasetFixture.darkAndLight(store, 30, 8);
        }
        PredictCommandTest.Run train = PredictCommandTest.run("train", project.toString(), "--template", "dense-ae",
                "--normal-class", "dark", "--epochs", "12", "--patience", "0");
        assertEquals(0, train.exit(), train.out() + train.err());

        TrainingRun run;
        List<Double> losses;
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            RunStore runs = new RunStore(store);
            run = runs.list().get(0);
            RunFolder folder = runs.folder(run.id());
            assertEquals(ModelKind.AUTOENCODER, run.kind());
            assertEquals(new NormalClass("dark"), folder.readNormalClass().orElseThrow());
            losses = Files.readAllLines(folder.epochs()).stream().skip(1)
                    .map(line -> Double.parseDouble(line.split(",")[2])).toList();
        }
        assertEquals(12, losses.size(), losses.toString());
        assertTrue(losses.get(11) < losses.get(0) / 2, "the reconstruction loss falls: " + losses);

        PredictCommandTest.Run evaluate = PredictCommandTest.run("evaluate", project.toString(), "--run",
                Long.toString(run.id()));
        assertEquals(0, evaluate.exit(), evaluate.out() + evaluate.err());
        String text = evaluate.out();
        assertTrue(text.contains("(autoencoder) on the test part") && text.contains("normal: dark"), text);
        assertTrue(text.contains("99th percentile of"), text);
        Matcher auroc = Pattern.compile("AUROC\\s+(\\d\\.\\d{4})").matcher(text);
        assertTrue(auroc.find(), text);
        assertTrue(Double.parseDouble(auroc.group(1)) > 0.9, text);
        String first = text.substring(text.indexOf("Most anomalous test examples:")).lines().skip(1).findFirst()
                .orElseThrow();
        assertTrue(first.toLowerCase(Locale.ROOT).contains("light"), "an anomaly ranks first: " + text);

        PredictCommandTest.Run bundle = PredictCommandTest.run("bundle", project.toString(), "--run",
                Long.toString(run.id()), "--out", temp.resolve("b").toString());
        assertEquals(1, bundle.exit(), bundle.out() + bundle.err());
        assertTrue(bundle.err().contains("is an autoencoder"), bundle.err());
    }
}
