package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.training.ReconstructionSamples;
import org.whiskerstudio.training.TrainingConfig;

/** The fixed validation images an image autoencoder rebuilds after each epoch for the Train screen. */
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
        ReconstructionPreview preview = ReconstructionPreview.of(IMAGE, Optional.of(validation()), Optional::of)
                .orElseThrow();

        ReconstructionSamples s = preview.sample(net, 3);

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
        }).orElseThrow();

        ReconstructionSamples s = preview.sample(net, 1);

        assertEquals(6, s.inputs().size(), "six odd examples in the validation part");
        assertEquals(64, s.outputs().get(5).length);
    }

    @Test
    void seriesAndVectorsHaveNoGrid() {
        assertTrue(ReconstructionPreview.of(new TensorShape.Vector(8), Optional.of(validation()), Optional::of)
                .isEmpty());
    }
}
