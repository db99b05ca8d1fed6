package org.whiskerstudio.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureJson;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Encoding;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.Provenance;
import org.whiskerstudio.training.TrainingConfig;
import org.whiskerstudio.training.TrainingConfigJson;

/** A sequence model's card carries its encoding, and a card whose encoding is not one the studio knows is refused. */
class SequenceCardTest {
    private static ModelCard card(TensorShape.Sequence input, MediaKind kind) {
        Architecture lstm = new Architecture("LSTM", Templates.lstmClassifier(input, 2), Optional.empty());
        return new ModelCard(ModelCard.FORMAT_VERSION, "LSTM", Instant.parse("2026-11-26T10:00:00Z"),
                List.of("ham", "spam"), input, Layout.preprocessing(input, ResizeMode.STRETCH, kind), Layout.SEQUENCE,
                Normalisation.identity(input.features()), ArchitectureJson.write(lstm),
                TrainingConfigJson.write(TrainingConfig.defaults()), Optional.empty(),
                new Provenance("1.0", "17", "Linux", "1.0.0-M2.1", "CPU", "train 80"), "ab".repeat(32));
    }

    @Test
    void aTextCardReadsBackWithItsEncoding() throws Exception {
        ModelCard words = card(new TensorShape.Sequence(100, 512), MediaKind.TEXT);
        ModelCard back = ModelCardJson.read(ModelCardJson.write(words), "card");
        assertEquals(Encoding.WORDS, back.preprocessing().encoding());
        assertEquals(words.preprocessing(), back.preprocessing());
        assertTrue(ModelCardMarkdown.render(back).contains("FNV-1a-32"));
    }

    @Test
    void anUnknownEncodingIsRefused() {
        String json = ModelCardJson.write(card(new TensorShape.Sequence(300, 64), MediaKind.TEXT));
        String hostile = json.replace("\"encoding\" : \"CHARACTERS\"", "\"encoding\" : \"../../etc/passwd\"");
        BundleRefused refused = assertThrows(BundleRefused.class, () -> ModelCardJson.read(hostile, "card"));
        assertTrue(refused.getMessage().startsWith("card"), refused.getMessage());
    }

    @Test
    void anEncodingThatDoesNotFitTheInputOrMediaIsRefused() {
        String json = ModelCardJson.write(card(new TensorShape.Sequence(30, 3), MediaKind.SERIES));
        String asWords = json.replace("\"encoding\" : \"SERIES\"", "\"encoding\" : \"WORDS\"");
        assertThrows(BundleRefused.class, () -> ModelCardJson.read(asWords, "card"));
        String otherMedia = json.replace("\"media\" : \"SERIES\"", "\"media\" : \"IMAGE\"");
        BundleRefused refused = assertThrows(BundleRefused.class, () -> ModelCardJson.read(otherMedia, "card"));
        assertTrue(refused.getMessage().contains("media"), refused.getMessage());
    }
}
