package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.training.LineReconstructions;
import org.whiskerstudio.training.ReconstructionSamples;
import org.whiskerstudio.training.TrainingConfig;

/** The fixed validation examples an autoencoder rebuilds after each epoch for the Train screen. */
class ReconstructionPreviewTest {
    private static final TensorShape.Image IMAGE = new TensorShape.Image(8, 8, 1);

    /** 12 examples in batches of 5; example i is all i / 12 (its label says which class). */
    private static ListDataSetIterator<DataSet> validation() {
        List<DataSet> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new DataSet(Nd4j.valueArrayOf(new long[] {1, 1, 8, 8}, i / 12.0, DataType.FLOAT),
                    Nd4j.create(new float[] {i % 2, 1 - i % 2}, 1, 2)));
        }
        return new ListDataSetIterator<>(rows, 5);
    }

    @Test
    void theFirstEightValidationImagesAreRebuiltAsBytesOfTheirShape() {
        Network net = Network.create(AutoencoderTemplates.conv(IMAGE), TrainingConfig.defaults());
        ReconstructionPreview preview = ReconstructionPreview.of(IMAGE, Optional.of(validation()), Optional::of,
                Normalisation.identity(1), List.of()).orElseThrow();

        ReconstructionSamples s = (ReconstructionSamples) preview.sample(net, 3);

        assertEquals(3, s.epoch());
        assertEquals(List.of(8, 8, 1), List.of(s.width(), s.height(), s.channels()));
        assertEquals(ReconstructionPreview.COUNT, s.inputs().size());
        assertEquals(ReconstructionPreview.COUNT, s.outputs().size());
        assertEquals(64, s.outputs().get(0).length);
        // Each input is flat, so its own range maps it to black.
        assertEquals(0, s.inputs().get(5)[10]);
    }

    @Test
    void onlyTheExamplesTheRunLearnsAreShownAndAFlatDecoderIsReadToo() {
        Network net = Network.create(AutoencoderTemplates.dense(IMAGE), TrainingConfig.defaults());
        ReconstructionPreview preview = ReconstructionPreview.of(IMAGE, Optional.of(validation()), batch -> {
            // the "normal class": the odd examples only
            List<DataSet> kept = new ArrayList<>();
            for (DataSet one : batch.asList()) {
                if (one.getLabels().getFloat(0) == 1) {
                    kept.add(one);
                }
            }
            return kept.isEmpty() ? Optional.empty() : Optional.of(DataSet.merge(kept));
        }, Normalisation.identity(1), List.of()).orElseThrow();

        ReconstructionSamples s = (ReconstructionSamples) preview.sample(net, 1);

        assertEquals(6, s.inputs().size(), "six odd examples in the validation part");
        assertEquals(64, s.outputs().get(5).length);
    }

    /** 9 windows of 5 steps x 2 features in batches of 4, standardised; window i's feature f at step t is i + f + t. */
    private static ListDataSetIterator<DataSet> windows() {
        List<DataSet> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            INDArray x = Nd4j.create(DataType.FLOAT, 1, 2, 5);
            for (int f = 0; f < 2; f++) {
                for (int t = 0; t < 5; t++) {
                    x.putScalar(new int[] {0, f, t}, i + f + t);
                }
            }
            // The first window is short: its first two steps are padding.
            INDArray mask = Nd4j.create(new float[] {i == 0 ? 0 : 1, i == 0 ? 0 : 1, 1, 1, 1}, 1, 5);
            rows.add(new DataSet(x, Nd4j.create(new float[] {1, 0}, 1, 2), mask, null));
        }
        return new ListDataSetIterator<>(rows, 4);
    }

    @Test
    void aSeriesRunRebuildsSixWindowsAsLinesPerFeatureInTheDataUnits() {
        TensorShape.Sequence series = new TensorShape.Sequence(5, 2);
        Network net = Network.create(AutoencoderTemplates.dense(series), TrainingConfig.defaults());
        Normalisation standardised = new Normalisation(new float[] {20, 40}, new float[] {2, 10});
        ReconstructionPreview preview = ReconstructionPreview.of(series, Optional.of(windows()), Optional::of,
                standardised, List.of("temperature", "humidity")).orElseThrow();

        LineReconstructions lines = (LineReconstructions) preview.sample(net, 2);

        assertEquals(2, lines.epoch());
        assertEquals(ReconstructionPreview.LINE_COUNT, lines.count());
        assertEquals(LineReconstructions.Along.STEPS, lines.along());
        assertEquals(List.of("temperature", "humidity"), lines.features());
        LineReconstructions.Example third = lines.examples().get(2);
        assertEquals(2, third.inputs().size());
        assertEquals(5, third.outputs().get(1).length);
        // window 2, humidity (feature 1) at step 3 is 2 + 1 + 3 = 6 standardised: 6 * 10 + 40 in its own units
        assertEquals(100f, third.inputs().get(1)[3], 1e-4);
        assertTrue(Float.isFinite(third.outputs().get(1)[3]));
        LineReconstructions.Example first = lines.examples().get(0);
        assertTrue(Float.isNaN(first.inputs().get(0)[1]) && Float.isNaN(first.outputs().get(0)[1]),
                "padding is not drawn");
        assertEquals(2 * 2 + 20f, first.inputs().get(0)[2], 1e-4);
    }

    @Test
    void aVectorOfOneRowIsLinesAndASquareVectorIsPictures() {
        Normalisation none = Normalisation.identity(1);
        TensorShape.Vector row = new TensorShape.Vector(10);
        List<DataSet> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            float[] entries = new float[10];
            for (int k = 0; k < 10; k++) {
                entries[k] = i + k;
            }
            rows.add(new DataSet(Nd4j.create(entries, 1, 10),
                    Nd4j.create(new float[] {1, 0}, 1, 2)));
        }
        Network net = Network.create(AutoencoderTemplates.dense(row), TrainingConfig.defaults());
        LineReconstructions lines = (LineReconstructions) ReconstructionPreview.of(row,
                Optional.of(new ListDataSetIterator<>(rows, 2)), Optional::of, none, List.of()).orElseThrow()
                .sample(net, 1);

        assertEquals(3, lines.count(), "all the validation part holds");
        assertEquals(LineReconstructions.Along.ENTRIES, lines.along());
        assertEquals(10, lines.examples().get(1).inputs().get(0).length);
        assertEquals(1f + 9, lines.examples().get(1).inputs().get(0)[9], 1e-5);
        assertEquals(Optional.of(new TensorShape.Image(8, 8, 1)),
                ReconstructionPreview.picture(new TensorShape.Vector(64)));
    }

    @Test
    void noValidationPartNoPreview() {
        assertTrue(ReconstructionPreview.of(IMAGE, Optional.empty(), Optional::of, Normalisation.identity(1),
                List.of()).isEmpty());
    }
}
