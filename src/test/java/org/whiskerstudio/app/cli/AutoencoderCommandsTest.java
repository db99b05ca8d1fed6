package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.BundleRefused;
import org.whiskerstudio.deploy.DeployOffer;
import org.whiskerstudio.deploy.DeployableModel;
import org.whiskerstudio.deploy.LoadedModel;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.deploy.Prediction;
import org.whiskerstudio.deploy.PredictionServer;
import org.whiskerstudio.deploy.dl4j.Bundles;
import org.whiskerstudio.deploy.dl4j.Dl4jDeployService;
import org.whiskerstudio.evaluation.NormalCodes;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.AnomalyScore;
import org.whiskerstudio.training.NormalClass;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * {@code whisker train --template dense-ae --normal-class} and {@code whisker evaluate} of the run it makes, on a
 * tiny project trained for real: the autoencoder learns the dark images, its loss falls, and the light ones (the
 * anomalies) rank first; then the run answers scores and verdicts where it runs (Deploy, bundle, predict, serve).
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
        assertTrue(text.contains("Score           code distance to 5 nearest normal training examples"), text);
        // The dark training images' codes, made by the run's model, are kept for the next scoring.
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            RunFolder folder = new RunStore(store).folder(run.id());
            NormalCodes kept = NormalCodes.read(folder.root().resolve(NormalCodes.FILE), "kept");
            assertEquals(Hashes.sha256Hex(TrainedModel.modelFile(folder)), kept.modelSha256());
            assertTrue(kept.codes().length > 10, kept.codes().length + " codes");
        }
        Matcher auroc = Pattern.compile("AUROC\\s+(\\d\\.\\d{4})").matcher(text);
        assertTrue(auroc.find(), text);
        assertTrue(Double.parseDouble(auroc.group(1)) > 0.9, text);
        String first = text.substring(text.indexOf("Most anomalous test examples:")).lines().skip(1).findFirst()
                .orElseThrow();
        assertTrue(first.toLowerCase(Locale.ROOT).contains("light"), "an anomaly ranks first: " + text);

        answersScoresAndVerdictsWhereItRuns(project, run.id());
    }

    @Test
    void aVariationalAutoencoderLearnsByItsElboAndScoresByItsCodeMeansDistance() throws Exception {
        Path project = temp.resolve("vae");
        try (ProjectStore store = ProjectStore.create(project, "vae")) {
            DatasetFixture.darkAndLight(store, 30, 8);
        }
        PredictCommandTest.Run train = PredictCommandTest.run("train", project.toString(), "--template", "vae",
                "--normal-class", "dark", "--epochs", "15", "--patience", "0");
        assertEquals(0, train.exit(), train.out() + train.err());

        TrainingRun run;
        List<Double> losses;
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            RunStore runs = new RunStore(store);
            run = runs.list().get(0);
            assertEquals(ModelKind.AUTOENCODER, run.kind());
            losses = Files.readAllLines(runs.folder(run.id()).epochs()).stream().skip(1)
                    .map(line -> Double.parseDouble(line.split(",")[2])).toList();
        }
        assertEquals(15, losses.size(), losses.toString());
        assertTrue(losses.get(14) < losses.get(0) * 0.8, "the negative ELBO falls: " + losses);

        PredictCommandTest.Run evaluate = PredictCommandTest.run("evaluate", project.toString(), "--run",
                Long.toString(run.id()));
        assertEquals(0, evaluate.exit(), evaluate.out() + evaluate.err());
        String text = evaluate.out();
        Matcher auroc = Pattern.compile("AUROC\\s+(\\d\\.\\d{4})").matcher(text);
        assertTrue(auroc.find(), text);
        assertTrue(Double.parseDouble(auroc.group(1)) > 0.9, text);
        String first = text.substring(text.indexOf("Most anomalous test examples:")).lines().skip(1).findFirst()
                .orElseThrow();
        assertTrue(first.toLowerCase(Locale.ROOT).contains("light"), "an anomaly ranks first: " + text);

        answersScoresAndVerdictsWhereItRuns(project, run.id());
    }

    @Test
    void anAutoencoderLearnsAProjectWithoutLabelsAndFlagsWhatIsUnlikeIt() throws Exception {
        Path project = temp.resolve("unlabelled");
        try (ProjectStore store = ProjectStore.create(project, "unlabelled")) {
            for (int i = 0; i < 40; i++) {
                DatasetFixture.unlabelledFile(store, DatasetFixture.png(8, 8, new Color(20 + i, 10, 0)));
            }
        }
        PredictCommandTest.Run train = PredictCommandTest.run("train", project.toString(), "--template", "dense-ae",
                "--epochs", "12", "--patience", "0");
        assertEquals(0, train.exit(), train.out() + train.err());

        long runId;
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            RunStore runs = new RunStore(store);
            TrainingRun run = runs.list().get(0);
            runId = run.id();
            List<String> split = Files.readAllLines(runs.folder(runId).split());
            assertEquals(41, split.size(), "every unlabelled example is in the run's split");
            assertTrue(split.stream().filter(line -> line.contains(",val,")).count() >= 3, "validation is drawn from them");
            assertTrue(runs.provenance(runId).orElseThrow().split().contains("40 of them without a label"),
                    runs.provenance(runId).orElseThrow().split());
        }
        PredictCommandTest.Run evaluate = PredictCommandTest.run("evaluate", project.toString(), "--run",
                Long.toString(runId));
        assertEquals(0, evaluate.exit(), evaluate.out() + evaluate.err());
        assertTrue(evaluate.out().contains("normal validation examples"), evaluate.out());

        Path bundle = temp.resolve("unlabelled.whisker-model.zip");
        PredictCommandTest.Run exported = PredictCommandTest.run("bundle", project.toString(), "--run",
                Long.toString(runId), "--out", bundle.toString());
        assertEquals(0, exported.exit(), exported.out() + exported.err());
        Path light = Files.write(temp.resolve("light.png"), DatasetFixture.png(8, 8, new Color(215, 240, 250)));
        PredictCommandTest.Run predicted = PredictCommandTest.run("predict", bundle.toString(), light.toString());
        assertTrue(Json.mapper().readTree(predicted.out()).path("predictions").get(0).path("anomaly")
                .path("anomaly").asBoolean(), predicted.out() + predicted.err());
    }

    /**
     * The Deploy screen's load of the run, {@code whisker bundle}, {@code predict} (JSON and CSV) and {@code serve}
     * all answer a light image's score as an anomaly and a dark one's as normal, against the same threshold.
     */
    private void answersScoresAndVerdictsWhereItRuns(Path project, long runId) throws Exception {
        Path dark = Files.write(temp.resolve("dark.png"), DatasetFixture.png(8, 8, new Color(35, 10, 0)));
        Path light = Files.write(temp.resolve("light.png"), DatasetFixture.png(8, 8, new Color(215, 240, 250)));
        Prediction onScreen;
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            Dl4jDeployService service = new Dl4jDeployService(store);
            DeployableModel model = service.models().get(0);
            assertEquals(new DeployOffer(true, true, false), model.offer());
            LoadedModel loaded = service.load(model);
            assertTrue(loaded.scoresAnomalies());
            assertTrue(loaded.outputDescription().contains("99th percentile of"), loaded.outputDescription());
            onScreen = loaded.predict(light, 5);
            assertTrue(onScreen.anomaly().orElseThrow().anomaly(), onScreen.summary());
            assertFalse(loaded.predict(dark, 5).anomaly().orElseThrow().anomaly());
        }

        Path bundle = temp.resolve("ae.whisker-model.zip");
        PredictCommandTest.Run exported = PredictCommandTest.run("bundle", project.toString(), "--run",
                Long.toString(runId), "--out", bundle.toString());
        assertEquals(0, exported.exit(), exported.out() + exported.err());
        assertTrue(exported.out().contains("an anomaly when the code distance to 5 nearest normal training examples is "
                + "above"), exported.out());

        PredictCommandTest.Run predicted = PredictCommandTest.run("predict", bundle.toString(), light.toString(),
                dark.toString());
        assertEquals(0, predicted.exit(), predicted.out() + predicted.err());
        JsonNode answers = Json.mapper().readTree(predicted.out()).path("predictions");
        JsonNode lightVerdict = answers.get(0).path("anomaly");
        assertTrue(lightVerdict.path("anomaly").asBoolean(), predicted.out());
        assertFalse(answers.get(1).path("anomaly").path("anomaly").asBoolean(true), predicted.out());
        assertEquals(onScreen.anomaly().get().threshold(), lightVerdict.path("threshold").asDouble(), 1e-9);
        assertEquals(onScreen.anomaly().get().score(), lightVerdict.path("score").asDouble(), 1e-6);

        PredictCommandTest.Run csv = PredictCommandTest.run("predict", bundle.toString(), light.toString(),
                "--format", "csv");
        List<String> rows = csv.out().lines().toList();
        assertEquals("file,score,threshold,anomaly,millis", rows.get(0));
        assertTrue(rows.get(1).startsWith("light.png,") && rows.get(1).contains(",true,"), csv.out());

        try (PredictionServer server = Bundles.load(bundle).serve(
                new PredictionServer.Settings(PredictionServer.Settings.LOCALHOST, 0, 4096, 2, 5))) {
            HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.address().getPort() + "/predict")).POST(
                    HttpRequest.BodyPublishers.ofFile(light)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, served.statusCode(), served.body());
            assertEquals(lightVerdict, Json.mapper().readTree(served.body()).path("anomaly"));
        }
        anOldBundleScoresByReconstructionError(bundle, light);
    }

    /**
     * A bundle made before the code distance (its card has no normal codes) loads and scores as it did then; one whose
     * codes (described by its card, hash and all) do not fit the network's bottleneck is refused.
     */
    private void anOldBundleScoresByReconstructionError(Path bundle, Path light) throws Exception {
        Path old = temp.resolve("old.whisker-model.zip");
        Path narrow = temp.resolve("narrow.whisker-model.zip");
        try (BundleFormat.Opened opened = BundleFormat.open(bundle)) {
            BundleFormat.write(old, withCodes(opened.card(), Optional.empty()), opened.modelZip());
            Path codes = temp.resolve("narrow-codes.bin");
            new NormalCodes(new float[][] {{1, 2, 3}}, "none").write(codes);
            BundleFormat.write(narrow, withCodes(opened.card(), Optional.of(new ModelCard.NormalCodesEntry(1, 3,
                    BundleFormat.sha256(codes)))), opened.modelZip(), Optional.empty(), Optional.of(codes));
        }
        assertTrue(assertThrows(BundleRefused.class, () -> Bundles.load(narrow)).getMessage()
                .contains("normal-codes.bin holds codes of 3 numbers but the network's bottleneck gives"));

        Bundles.Loaded loaded = Bundles.load(old);

        assertEquals(AnomalyScore.RECONSTRUCTION_ERROR, loaded.card().anomaly().orElseThrow().score());
        TrainedModel model = loaded.predictor().model();
        double error = model.reconstructionErrors(List.of(model.pixels(light)))[0];
        assertEquals(error, loaded.predictor().predict(light, 1).anomaly().orElseThrow().score(), 1e-6);
    }

    private static ModelCard withCodes(ModelCard card, Optional<ModelCard.NormalCodesEntry> codes) {
        ModelCard.AnomalyEntry anomaly = card.anomaly().orElseThrow();
        return new ModelCard(ModelCard.FORMAT_VERSION, card.name(), card.created(), card.classes(), card.input(),
                card.preprocessing(), card.layout(), card.normalisation(), card.architectureJson(),
                card.trainingConfigJson(), card.test(), card.provenance(), card.modelSha256())
                .withAnomaly(new ModelCard.AnomalyEntry(anomaly.threshold(), anomaly.thresholdSource(),
                        anomaly.normalClass(), codes));
    }
}
