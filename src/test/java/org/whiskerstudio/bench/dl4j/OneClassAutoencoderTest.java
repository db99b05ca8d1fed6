package org.whiskerstudio.bench.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.training.TrainingControl;

/**
 * A tiny autoencoder on a made set, scored by the studio's scorers as {@code bench anomaly} scores Fashion-MNIST:
 * it learns dark images with a faint stripe, and the one bright image among the test images, whose code lies far from
 * the normal training codes, scores highest by code distance; a variational autoencoder's too (its code is the code's
 * mean), learned layer-wise as the studio learns it.
 */
@Tag("engine")
class OneClassAutoencoderTest {
    private static final int SIDE = 8;

    @Test
    void theImageWhoseCodeIsFarFromTheNormalCodesScoresHighest() throws Exception {
        theOutlierScoresHighest(AutoencoderTemplates.dense(new TensorShape.Image(SIDE, SIDE, 1)));
    }

    @Test
    void aVariationalAutoencodersCodeMeanScoresTheOutlierHighestToo() throws Exception {
        theOutlierScoresHighest(AutoencoderTemplates.variational(new TensorShape.Image(SIDE, SIDE, 1)));
    }

    private void theOutlierScoresHighest(LayerGraph graph) throws Exception {
        Random random = new Random(7);
        List<byte[]> train = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            train.add(dark(random));
        }
        List<byte[]> test = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            test.add(dark(random));
        }
        int outlier = 13;
        byte[] bright = new byte[SIDE * SIDE];
        Arrays.fill(bright, (byte) 230);
        test.add(outlier, bright);

        OneClassAutoencoder.Scores scores = OneClassAutoencoder.trainAndScore(graph, train, test, SIDE, SIDE,
                new OneClassAutoencoder.Options(8, 16, 3e-3, 0, 42), new TrainingControl()).orElseThrow();

        assertEquals(test.size(), scores.codeDistance().length);
        assertEquals(outlier, highest(scores.codeDistance()), Arrays.toString(scores.codeDistance()));
        double runnerUp = Arrays.stream(scores.codeDistance()).sorted().toArray()[test.size() - 2];
        assertTrue(scores.codeDistance()[outlier] > 2 * runnerUp, Arrays.toString(scores.codeDistance()));
        assertEquals(test.size(), scores.reconstruction().length);
    }

    /** Dark noise with a faint horizontal stripe at a random row: the normal class. */
    private static byte[] dark(Random random) {
        byte[] image = new byte[SIDE * SIDE];
        int stripe = random.nextInt(SIDE);
        for (int p = 0; p < image.length; p++) {
            image[p] = (byte) (random.nextInt(30) + (p / SIDE == stripe ? 60 : 0));
        }
        return image;
    }

    private static int highest(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
