package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.ArrayExamples;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.dl4j.ExampleTrainingData;
import org.whiskerstudio.dataset.dl4j.GanDataFactory;
import org.whiskerstudio.training.GanListener;
import org.whiskerstudio.training.GanSamples;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingControl;

/** The DL4J GAN step on tiny data: parameters copied both ways, the discriminator frozen in the stacked step. */
@Tag("engine")
class GanTrainerTest {
    private static final TensorShape.Image IMAGE = new TensorShape.Image(8, 8, 1);

    @TempDir
    Path temp;

    private static Architecture gan() {
        return Templates.dcgan(IMAGE, 16);
    }

    /** Bright squares at random places on black: something with structure to learn. */
    private static ExampleTrainingData squares(int count) {
        Random random = new Random(3);
        float[] pixels = new float[count * 64];
        for (int i = 0; i < count; i++) {
            int x = random.nextInt(5);
            int y = random.nextInt(5);
            for (int dy = 0; dy < 4; dy++) {
                for (int dx = 0; dx < 4; dx++) {
                    pixels[i * 64 + (y + dy) * 8 + x + dx] = 1f;
                }
            }
        }
        ArrayExamples real = new ArrayExamples(pixels, new int[count], 1, 8, 8);
        ArrayExamples none = ArrayExamples.empty(1, 8, 8);
        return new ExampleTrainingData(List.of("square"), real, none, none, GanDataFactory.tanhRange(1), Layout.IMAGE, 16,
                7, Augmentation.none());
    }

    private static INDArray discriminatorPartOfStack(GanModels m) {
        List<INDArray> parts = new ArrayList<>();
        for (int i = m.generatorLayers(); i < m.stack.getnLayers(); i++) {
            parts.add(m.stack.getLayer(i).params().dup().reshape(1, -1));
        }
        return Nd4j.hstack(parts.toArray(INDArray[]::new));
    }

    private static INDArray generatorPartOfStack(GanModels m) {
        List<INDArray> parts = new ArrayList<>();
        for (int i = 0; i < m.generatorLayers(); i++) {
            parts.add(m.stack.getLayer(i).params().dup().reshape(1, -1));
        }
        return Nd4j.hstack(parts.toArray(INDArray[]::new));
    }

    @Test
    void aStepCopiesTheDiscriminatorIntoTheStackAndTheGeneratorBack() {
        GanModels m = GanModels.create(gan(), 1, 2e-4);
        INDArray real = squares(16).train(0).next().getFeatures();
        GanTrainer.step(m, real, 16, 1, 1);
        assertEquals(m.discriminator.params().reshape(1, -1), discriminatorPartOfStack(m), "the stack judges with D's weights");
        assertEquals(m.generator.params().reshape(1, -1), generatorPartOfStack(m), "G has what the stack learnt");
    }

    @Test
    void theGeneratorsStepMovesOnlyTheGenerator() {
        GanModels m = GanModels.create(gan(), 1, 1e-2);
        INDArray frozenBefore = discriminatorPartOfStack(m);
        INDArray generatorBefore = generatorPartOfStack(m);
        m.stack.fit(new DataSet(Nd4j.randn(DataType.FLOAT, 16, 16), Nd4j.ones(DataType.FLOAT, 16, 1)));
        assertEquals(frozenBefore, discriminatorPartOfStack(m), "the discriminator is frozen in the stacked step");
        assertNotEquals(generatorBefore, generatorPartOfStack(m), "the generator learns through it");
    }

    @Test
    void aShortRunReportsStepsAndSampleGridsAndSavesBothNetworks() throws Exception {
        List<GanStep> steps = new ArrayList<>();
        List<GanSamples> grids = new ArrayList<>();
        GanListener listener = new GanListener() {
            @Override
            public void onStep(GanStep step) {
                steps.add(step);
            }

            @Override
            public void onSamples(GanSamples samples) {
                grids.add(samples);
            }
        };
        GanTrainer.Outcome outcome = GanTrainer.run(new GanTrainer.Job(gan(), squares(64), 2, 2e-4, 5, 9, 3, temp,
                new TrainingControl(), listener));
        assertEquals(RunStatus.COMPLETED, outcome.status(), outcome.message());
        assertEquals(8, steps.size(), "2 epochs of 4 batches");
        assertTrue(steps.stream().allMatch(s -> Double.isFinite(s.discriminatorLoss()) && Double.isFinite(s.generatorLoss())));
        assertEquals(4, grids.size(), "every 3 steps and at the end of each epoch");
        assertEquals(9, grids.get(0).images().size());
        assertEquals(64, grids.get(0).images().get(0).length);
        assertTrue(Files.size(temp.resolve(GanTrainer.GENERATOR)) > 0);
        assertTrue(Files.size(temp.resolve(GanTrainer.DISCRIMINATOR)) > 0);
    }

    @Test
    void aStopEndsTheRunWithinAStepAndKeepsTheGenerator() throws Exception {
        TrainingControl control = new TrainingControl();
        List<GanStep> steps = new ArrayList<>();
        GanTrainer.Outcome outcome = GanTrainer.run(new GanTrainer.Job(gan(), squares(64), 5, 2e-4, 5, 4, 100, temp,
                control, new GanListener() {
                    @Override
                    public void onStep(GanStep step) {
                        steps.add(step);
                        if (step.iteration() == 2) {
                            control.stop();
                        }
                    }
                }));
        assertEquals(RunStatus.STOPPED, outcome.status());
        assertEquals(2, steps.size());
        assertTrue(Files.isRegularFile(temp.resolve(GanTrainer.GENERATOR)));
    }
}
