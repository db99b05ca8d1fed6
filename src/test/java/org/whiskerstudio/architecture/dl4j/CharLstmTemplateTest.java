package org.whiskerstudio.architecture.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.CharacterModel;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.dataset.text.TextFixtures;
import org.whiskerstudio.project.ProjectStore;

/** The charlstm template: one-hot characters in, a softmax over the same characters at every step out. */
@Tag("engine")
class CharLstmTemplateTest {
    @TempDir
    Path dir;

    @Test
    void theTemplateFitsTheProjectsVocabularyAndPredictsEveryStep() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p")) {
            // 6 letters seen often enough, '!' too rare: 6 symbols + unknown
            TextFixtures.addText(store, "t.txt", "abcdef".repeat(20) + "!", Optional.empty());
            Architecture a = DataProfiler.templates(store).byId("charlstm").orElseThrow().build().get();

            assertEquals(Optional.of(new TensorShape.Sequence(100, 7)), a.network().inputShape());
            assertEquals(Optional.of(new CharacterModel(100, 7)), CharacterModel.of(a.network()));
            Analysis analysis = CharacterModel.check(a.network(), 7);
            assertTrue(analysis.ok(), analysis.issues().toString());
            assertEquals(new TensorShape.Sequence(100, 7), analysis.layers().get(analysis.layers().size() - 1).output());
            Dl4jAgreement.assertAgrees(a.network(), analysis);
        }
    }

    @Test
    void withoutTextTheTemplateStillBuildsForPrintableAscii() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "p")) {
            Architecture a = DataProfiler.templates(store).byId("charlstm").orElseThrow().build().get();

            assertEquals(97, CharacterModel.of(a.network()).orElseThrow().vocabulary());
        }
    }

    @Test
    void classifiersAreNotCharacterModels() {
        LayerGraph lstm = Templates.lstmClassifier(new TensorShape.Sequence(28, 28), 10);

        assertTrue(CharacterModel.of(lstm).isEmpty(), "the last step only: a sequence classifier");
        assertTrue(CharacterModel.of(Templates.lenet(new TensorShape.Image(28, 28, 1), 10)).isEmpty());
        assertTrue(CharacterModel.of(Templates.charLstm(40, 50)).isPresent());
    }
}
