package org.whiskerstudio.detection.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.detection.BoxAugmentation;
import org.whiskerstudio.detection.BoxTransform;
import org.whiskerstudio.detection.DetectionExample;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.detection.YoloGrid;

/**
 * Minibatches for a detector: the examples' pixels scaled to [0, 1], moved with their boxes by one augmentation draw
 * each (training only; black comes in at the edges, as letterbox padding is black), then standardised, as
 * [examples, channels, size, size] features; the boxes as {@link YoloLabels}.
 */
public final class DetectionBatches {
    private final YoloGrid grid;
    private final int channels;
    private final Normalisation normalisation;

    public DetectionBatches(YoloGrid grid, int channels, Normalisation normalisation) {
        this.grid = grid;
        this.channels = channels;
        this.normalisation = normalisation;
    }

    /** The examples at {@code order[from..to)}, unchanged. */
    public DataSet of(List<DetectionExample> examples, int[] order, int from, int to) {
        return of(examples, order, from, to, BoxAugmentation.none(), new Random(0));
    }

    /** The same, each moved by a draw of {@code augmentation} from {@code random}. */
    public DataSet of(List<DetectionExample> examples, int[] order, int from, int to, BoxAugmentation augmentation,
                      Random random) {
        int size = grid.inputSize();
        int perExample = channels * size * size;
        float[] features = new float[(to - from) * perExample];
        float[] scratch = new float[perExample];
        float[] one = new float[perExample];
        boolean augments = !augmentation.equals(BoxAugmentation.none());
        List<List<GroundTruth>> boxes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            DetectionExample example = examples.get(order[i]);
            byte[] pixels = example.pixels();
            for (int p = 0; p < perExample; p++) {
                one[p] = (pixels[p] & 0xFF) / 255f;
            }
            List<GroundTruth> truths = example.inputTruths();
            if (augments) {
                BoxTransform transform = augmentation.draw(random, size, size);
                transform.apply(one, channels, size, size, scratch);
                truths = transform.apply(truths, size, size);
            }
            standardise(one, features, (i - from) * perExample, size * size);
            boxes.add(truths);
        }
        INDArray input = Nd4j.create(features, new long[] {to - from, channels, size, size}, 'c');
        return new DataSet(input, YoloLabels.of(grid, boxes));
    }

    /** Features of examples without labels (prediction). */
    public INDArray features(List<byte[]> images) {
        int size = grid.inputSize();
        int perExample = channels * size * size;
        float[] features = new float[images.size() * perExample];
        float[] one = new float[perExample];
        for (int i = 0; i < images.size(); i++) {
            byte[] pixels = images.get(i);
            for (int p = 0; p < perExample; p++) {
                one[p] = (pixels[p] & 0xFF) / 255f;
            }
            standardise(one, features, i * perExample, size * size);
        }
        return Nd4j.create(features, new long[] {images.size(), channels, size, size}, 'c');
    }

    private void standardise(float[] one, float[] into, int offset, int plane) {
        float[] mean = normalisation.mean();
        float[] std = normalisation.std();
        for (int c = 0; c < channels; c++) {
            float inverse = 1f / std[c];
            for (int p = c * plane; p < (c + 1) * plane; p++) {
                into[offset + p] = (one[p] - mean[c]) * inverse;
            }
        }
    }
}
