package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.project.sequences.MediaKind;

/** The templates read nothing but the profile they are given (no project store, no files). */
class ProjectTemplatesTest {
    private static final TensorShape.Sequence WORDS = new TensorShape.Sequence(100, 512);

    private static DataProfile profile(Set<MediaKind> kinds, SequenceInputs sequences) {
        return new DataProfile(3, kinds, new TensorShape.Image(28, 28, 1), sequences, () -> new TensorShape.Sequence(100, 40));
    }

    private static List<String> ids(DataProfile profile) {
        return new ProjectTemplates(profile).all().stream().map(ProjectTemplates.Template::id).toList();
    }

    @Test
    void anImageProfileOffersTheImageNetworksBuiltForItsInput() {
        DataProfile images = profile(Set.of(MediaKind.IMAGE),
                new SequenceInputs(MediaKind.IMAGE, new TensorShape.Sequence(28, 28), WORDS));
        assertEquals(List.of("mlp", "lenet", "vgg", "yolo", "lstm", "dcgan", "conv-ae", "dense-ae", "vae",
                "dqn-cartpole", "tictactoe"), ids(images));
        Architecture lenet = new ProjectTemplates(images).byId("LeNet").orElseThrow().build().get();
        assertEquals(new TensorShape.Image(28, 28, 1), lenet.network().inputShape().orElseThrow());
    }

    @Test
    void aTextProfileOffersTheCharacterModelOverItsVocabulary() {
        DataProfile texts = profile(Set.of(MediaKind.TEXT),
                new SequenceInputs(MediaKind.TEXT, new TensorShape.Sequence(60, 64), WORDS));
        assertEquals(List.of("lstm", "lstm-words", "charlstm", "dqn-cartpole", "tictactoe"), ids(texts));
        Architecture chars = new ProjectTemplates(texts).byId("charlstm").orElseThrow().build().get();
        assertEquals(new TensorShape.Sequence(100, 40), chars.network().inputShape().orElseThrow());
    }
}
