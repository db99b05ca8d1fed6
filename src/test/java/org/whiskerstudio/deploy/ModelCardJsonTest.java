package org.whiskerstudio.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.ArchitectureJson;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.training.AnomalyScore;

/** The card survives JSON and refuses values a bundle must not carry. */
class ModelCardJsonTest {
    private final ModelCard card = Cards.sample();
    private final String json = ModelCardJson.write(card);

    @Test
    void aCardReadsBackAsWritten() throws Exception {
        ModelCard back = ModelCardJson.read(json, "card");

        assertEquals(card.classes(), back.classes());
        assertEquals(card.input(), back.input());
        assertEquals(card.preprocessing(), back.preprocessing());
        assertEquals(card.layout(), back.layout());
        assertEquals(card.normalisation(), back.normalisation());
        assertEquals(card.test(), back.test());
        assertEquals(card.provenance(), back.provenance());
        assertEquals(card.created(), back.created());
        assertEquals(card.modelSha256(), back.modelSha256());
        assertEquals(ArchitectureJson.read(card.architectureJson()), ArchitectureJson.read(back.architectureJson()));
        assertEquals(ModelCardJson.write(card), ModelCardJson.write(back));
    }

    @Test
    void anAutoencodersCardKeepsItsThresholdAndNormalClass() throws Exception {
        ModelCard autoencoder = Cards.autoencoder();

        ModelCard back = ModelCardJson.read(ModelCardJson.write(autoencoder), "card");

        assertEquals(autoencoder.anomaly(), back.anomaly());
        assertEquals(ModelCard.CODE_DISTANCE_FORMAT_VERSION, back.formatVersion());
        assertEquals(AnomalyScore.CODE_DISTANCE, back.anomaly().orElseThrow().score());
        String markdown = ModelCardMarkdown.render(back);
        assertTrue(markdown.contains("the score is the code distance to 5 nearest normal training examples")
                && markdown.contains("among the 600 codes of 32 numbers") && markdown.contains("above 0.0125000 is "
                + "an anomaly"), markdown);
        assertTrue(ModelCardJson.write(back).contains("\"score\" : \"code distance to 5 nearest normal training "
                + "examples\""), ModelCardJson.write(back));
    }

    @Test
    void aCardFromBeforeTheCodeDistanceStillReadsAndSaysItScoresByReconstructionError() throws Exception {
        ModelCard old = ModelCardJson.read(ModelCardJson.write(Cards.oldAutoencoder()), "old card");

        assertEquals(ModelCard.FORMAT_VERSION, old.formatVersion());
        assertEquals(AnomalyScore.RECONSTRUCTION_ERROR, old.anomaly().orElseThrow().score());
        assertTrue(ModelCardMarkdown.render(old).contains("mean squared reconstruction error"),
                ModelCardMarkdown.render(old));
    }

    @Test
    void aCardWhoseVersionOrScoreDoesNotMatchItsCodesIsRefused() {
        String current = ModelCardJson.write(Cards.autoencoder());
        String oldVersion = current.replace("\"formatVersion\" : 2", "\"formatVersion\" : 1");
        String otherScore = current.replace("\"scoreKind\" : \"code-distance\"", "\"scoreKind\" : \"dreams\"");
        String newVersionWithoutCodes = ModelCardJson.write(Cards.oldAutoencoder())
                .replace("\"formatVersion\" : 1", "\"formatVersion\" : 2");

        assertTrue(!oldVersion.equals(current) && !otherScore.equals(current), current);
        assertTrue(assertThrows(BundleRefused.class, () -> ModelCardJson.read(oldVersion, "card")).getMessage()
                .contains("format version 2"));
        assertTrue(assertThrows(BundleRefused.class, () -> ModelCardJson.read(otherScore, "card")).getMessage()
                .contains("scoreKind \"dreams\""));
        assertTrue(assertThrows(BundleRefused.class, () -> ModelCardJson.read(newVersionWithoutCodes, "card"))
                .getMessage().contains("format version 2"));
    }

    @Test
    void anAutoencodersCardWithoutThresholdAndAClassifiersWithOneAreRefused() {
        String autoencoder = ModelCardJson.write(Cards.autoencoder());
        String withoutThreshold = autoencoder.substring(0, autoencoder.indexOf(",\n  \"anomaly\"")) + "\n}";
        String classifierWithThreshold = json.substring(0, json.lastIndexOf('}'))
                + ", \"anomaly\": {\"threshold\": 0.5}}";

        assertTrue(assertThrows(BundleRefused.class, () -> ModelCardJson.read(withoutThreshold, "card"))
                .getMessage().contains("needs its \"anomaly\" threshold"));
        assertTrue(assertThrows(BundleRefused.class, () -> ModelCardJson.read(classifierWithThreshold, "card"))
                .getMessage().contains("is for an autoencoder's card"));
    }

    @Test
    void damagedJsonIsRefusedNamingTheFile() {
        BundleRefused refused = assertThrows(BundleRefused.class,
                () -> ModelCardJson.read(json.substring(0, json.length() / 2), "cat.whisker-model.zip!model-card.json"));

        assertTrue(refused.getMessage().startsWith("cat.whisker-model.zip!model-card.json is not valid JSON"),
                refused.getMessage());
    }

    @Test
    void aCardWithoutClassesIsRefused() {
        String noClasses = json.replaceAll("\"classes\" : \\[[^]]*]", "\"classes\" : [ ]");

        BundleRefused refused = assertThrows(BundleRefused.class, () -> ModelCardJson.read(noClasses, "card"));
        assertTrue(refused.getMessage().contains("non-empty list"), refused.getMessage());
    }

    @Test
    void anAbsurdInputSizeIsRefused() {
        String huge = json.replace("\"width\" : 28", "\"width\" : 100000");

        BundleRefused refused = assertThrows(BundleRefused.class, () -> ModelCardJson.read(huge, "card"));
        assertTrue(refused.getMessage().contains("outside 1..1024"), refused.getMessage());
    }

    @Test
    void anArchitectureTooLargeForADesktopIsRefusedBeforeAnythingIsAllocated() {
        String huge = ModelCardJson.write(Cards.withInput(new TensorShape.Image(1024, 1024, 3)));

        BundleRefused refused = assertThrows(BundleRefused.class, () -> ModelCardJson.read(huge, "card"));
        assertTrue(refused.getMessage().contains("more than the limit of 250000000"), refused.getMessage());
    }

    @Test
    void aNormalisationForOtherChannelsIsRefused() {
        String rgb = json.replace("\"mean\" : [ 0.25 ]", "\"mean\" : [ 0.25, 0.25, 0.25 ]")
                .replace("\"std\" : [ 0.5 ]", "\"std\" : [ 0.5, 0.5, 0.5 ]");

        BundleRefused refused = assertThrows(BundleRefused.class, () -> ModelCardJson.read(rgb, "card"));
        assertTrue(refused.getMessage().contains("channels"), refused.getMessage());
    }

    @Test
    void theMarkdownCardNamesClassesInputAndTestAccuracy() {
        String md = ModelCardMarkdown.render(card);

        assertTrue(md.contains("0. cat\n1. dog\n2. bird"), md);
        assertTrue(md.contains("28 x 28 pixels, grey"), md);
        assertTrue(md.contains("Accuracy 87.50%"), md);
        assertTrue(md.contains("restoreMultiLayerNetwork"), md);
    }
}
