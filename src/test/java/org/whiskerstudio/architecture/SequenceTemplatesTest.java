package org.whiskerstudio.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.dataset.SequenceFixture;
import org.whiskerstudio.dataset.text.TextFixtures;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.Series;

/** The LSTM templates take the input the project's examples need. */
class SequenceTemplatesTest {
    @TempDir
    Path temp;

    private static TensorShape inputOf(ProjectStore store, String id) {
        return DataProfiler.templates(store).byId(id).orElseThrow().build().get().network().inputShape().orElseThrow();
    }

    @Test
    void aSeriesProjectGetsItsFeatureCountAndMedianLength() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            for (int steps : new int[] {10, 20, 30, 40, 50}) {
                float[] values = new float[steps * 3];
                SequenceFixture.series(store, new Series(List.of("x", "y", "z"), values), steps < 30 ? "short" : "long");
            }
            assertEquals(new TensorShape.Sequence(30, 3), inputOf(store, "lstm"));
            assertFalse(DataProfiler.templates(store).byId("lstm-words").isPresent(), "words are for texts");
        }
    }

    @Test
    void onlyTemplatesThatFitTheDataAreOffered() throws Exception {
        try (ProjectStore series = ProjectStore.create(temp.resolve("s"), "s");
             ProjectStore texts = ProjectStore.create(temp.resolve("t"), "t");
             ProjectStore empty = ProjectStore.create(temp.resolve("e"), "e")) {
            SequenceFixture.series(series, new Series(List.of("x"), new float[8]), "a");
            TextFixtures.addText(texts, "t.txt", "some words ".repeat(20), Optional.of("a"));

            // The agents need no data: every project is offered them, last.
            assertEquals(List.of("lstm", "series-ae", "dqn-cartpole", "tictactoe"), ids(series));
            assertEquals(List.of("lstm", "lstm-words", "charlstm", "dqn-cartpole", "tictactoe"), ids(texts));
            assertEquals(List.of("mlp", "lenet", "vgg", "yolo", "lstm", "dcgan", "conv-ae", "dense-ae", "vae", "charlstm",
                    "dqn-cartpole", "tictactoe"), ids(empty));
        }
    }

    private static List<String> ids(ProjectStore store) {
        return DataProfiler.templates(store).all().stream().map(ProjectTemplates.Template::id).toList();
    }

    @Test
    void aTextProjectGetsCharactersOrWords() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            SequenceFixture.catsAndDogs(store, 5, 1);
            store.images(ImageQuery.ALL);
            SequenceFixture.text(store, "x".repeat(5000), "cat");
            TensorShape chars = inputOf(store, "lstm");
            assertEquals(new TensorShape.Sequence(SequenceInputs.MIN_TEXT_STEPS, SequenceInputs.CHARACTER_FEATURES), chars,
                    "short texts: the least number of steps");
            assertEquals(new TensorShape.Sequence(SequenceInputs.MIN_TEXT_STEPS / 2, SequenceInputs.WORD_BUCKETS),
                    inputOf(store, "lstm-words"));
            assertTrue(DataProfiler.templates(store).byId("lstm-words").orElseThrow().title().contains("hashed word"));
        }
    }

    @Test
    void longTextsAreCappedAndImagesKeepTheirRows() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("p"), "p")) {
            Random random = new Random(1);
            for (int i = 0; i < 3; i++) {
                SequenceFixture.text(store, SequenceFixture.catSentence(random).repeat(200), "cat");
            }
            assertEquals(new TensorShape.Sequence(SequenceInputs.MAX_CHARACTER_STEPS, 64), inputOf(store, "lstm"));
            assertEquals(new TensorShape.Sequence(SequenceInputs.MAX_WORD_STEPS, 512), inputOf(store, "lstm-words"));
        }
        try (ProjectStore store = ProjectStore.create(temp.resolve("q"), "q")) {
            DatasetFixture.darkAndLight(store, 3, 12);
            TensorShape.Image image = DataProfiler.imageInput(store);
            assertEquals(new TensorShape.Sequence(image.height(), image.width()), inputOf(store, "lstm"));
        }
    }
}
