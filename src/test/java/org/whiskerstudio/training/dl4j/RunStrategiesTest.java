package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingConfig;

/** The service trains each model kind through that kind's strategy. */
@Tag("engine")
class RunStrategiesTest {
    private static final Architecture MLP = new Architecture("MLP", Templates.mlp(new TensorShape.Vector(4), 2),
            Optional.empty());

    /** Pictures with one warning, never prepared here. */
    private static final TrainingDataSource PICTURES = new TrainingDataSource() {
        @Override
        public List<String> classes() {
            return List.of("cat", "dog");
        }

        @Override
        public List<String> warnings(Architecture architecture) {
            return List.of("Class cat has only 3 training images");
        }

        @Override
        public TrainingTensors prepare(Architecture architecture, TrainingConfig config, Progress progress,
                                    Cancellation cancellation) {
            throw new UnsupportedOperationException("not prepared in this test");
        }
    };

    @TempDir
    Path dir;
    private ProjectStore store;
    private RunStrategies strategies;

    @BeforeEach
    void open() {
        store = ProjectStore.create(dir, "p");
        strategies = new RunStrategies(PICTURES, new RunStore(store), StartModels.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachKindHasItsOwnStrategy() {
        assertInstanceOf(ClassifierStrategy.class, strategies.of(ModelKind.CLASSIFIER));
        assertInstanceOf(GanStrategy.class, strategies.of(ModelKind.GAN));
        assertInstanceOf(CharacterStrategy.class, strategies.of(ModelKind.CHARACTER_MODEL));
        assertInstanceOf(DetectorStrategy.class, strategies.of(ModelKind.DETECTOR));
        assertInstanceOf(AgentStrategy.class, strategies.of(ModelKind.AGENT));
        assertEquals(ModelKind.values().length, Arrays.stream(ModelKind.values()).map(strategies::of)
                .distinct().count(), "no kind without a strategy, none sharing one");
    }

    @Test
    void onlyAClassifierOfPicturesTakesAugmentation() {
        assertTrue(strategies.of(ModelKind.CLASSIFIER).augments());
        assertFalse(strategies.of(ModelKind.GAN).augments());
        assertFalse(strategies.of(ModelKind.CHARACTER_MODEL).augments());
        assertTrue(strategies.of(ModelKind.DETECTOR).augments(), "a detector's boxes move with its pictures");
    }

    @Test
    void aGanIgnoresTheClassifiersDataWarnings() {
        assertEquals(PICTURES.warnings(MLP), strategies.of(ModelKind.CLASSIFIER).warnings(MLP));
        assertEquals(List.of(), strategies.of(ModelKind.GAN).warnings(MLP));
    }
}
