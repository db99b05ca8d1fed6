package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kind is derived from the architecture alone, and its stored key reads back. */
class ModelKindTest {
    private static Architecture network(LayerGraph graph) {
        return new Architecture("a", graph, Optional.empty());
    }

    @Test
    void theImageClassifierTemplatesAreClassifiers() {
        TensorShape.Image image = new TensorShape.Image(28, 28, 1);
        assertEquals(ModelKind.CLASSIFIER, network(Templates.lenet(image, 3)).kind());
        assertEquals(ModelKind.CLASSIFIER, network(Templates.mlp(image, 3)).kind());
    }

    @Test
    void anLstmThatClassifiesTheWholeSequenceIsAClassifierNotACharacterModel() {
        assertEquals(ModelKind.CLASSIFIER, network(Templates.lstmClassifier(new TensorShape.Sequence(30, 3), 2)).kind());
    }

    @Test
    void theDcganTemplateIsAGan() {
        assertEquals(ModelKind.GAN, Templates.dcgan(new TensorShape.Image(28, 28, 1), 64).kind());
    }

    @Test
    void theCharacterLstmTemplateIsACharacterModel() {
        assertEquals(ModelKind.CHARACTER_MODEL, network(Templates.charLstm(40, 50)).kind());
    }

    @Test
    void everyKindReadsBackFromItsKeyAndAnUnknownKeyReadsAsAClassifier() {
        for (ModelKind kind : ModelKind.values()) {
            assertEquals(kind, ModelKind.fromKey(kind.key()));
        }
        assertEquals(ModelKind.CLASSIFIER, ModelKind.fromKey("a-kind-of-a-newer-studio"));
    }
}
