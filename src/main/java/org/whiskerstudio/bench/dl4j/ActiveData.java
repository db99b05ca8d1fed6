package org.whiskerstudio.bench.dl4j;

import java.util.Arrays;
import java.util.List;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.ArrayExamples;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.TensorRecords;
import org.whiskerstudio.labelling.formats.IdxFormat;

/**
 * Simulated labelling's data in memory: the pool (training images, whose true labels stand in for the person) and
 * the test images, kept as the uint8 records the tensor cache would hold for them (a grey square image's record is
 * its pixels), so training and scoring decode them through the studio's own {@link TensorRecords}.
 */
public record ActiveData(List<String> classes, IdxFormat.Images pool, IdxFormat.Images test) {

    public ActiveData {
        classes = List.copyOf(classes);
        if (pool.rows() != pool.cols() || test.rows() != pool.rows() || test.cols() != pool.cols()) {
            throw new IllegalArgumentException("pool and test images must be square and of one size");
        }
    }

    /** The first {@code poolSize} training and {@code testSize} test images (all when the file has fewer). */
    public static ActiveData of(IdxFormat.Images train, IdxFormat.Images test, List<String> classes, int poolSize,
                                int testSize) {
        return new ActiveData(classes, first(train, poolSize), first(test, testSize));
    }

    /** The image input the studio's templates get for these images. */
    public TensorShape.Image input() {
        return new TensorShape.Image(pool.rows(), pool.cols(), 1);
    }

    /** What a project of these images records as its preprocessing (grey, stretched: already the right size). */
    public Preprocessing preprocessing() {
        return Layout.preprocessing(input(), ResizeMode.STRETCH);
    }

    /** Example {@code index}'s record. */
    static byte[] record(IdxFormat.Images images, int index) {
        int size = images.rows() * images.cols();
        return Arrays.copyOfRange(images.pixels(), index * size, (index + 1) * size);
    }

    static int label(IdxFormat.Images images, int index) {
        return images.labels()[index] & 0xFF;
    }

    /** The labelled pool examples {@code chosen} as training examples, decoded as the tensor cache's reader does. */
    ArrayExamples examples(List<Integer> chosen) {
        TensorRecords records = new TensorRecords(preprocessing());
        int size = pool.rows() * pool.cols();
        float[] pixels = new float[chosen.size() * size];
        int[] labels = new int[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            records.decode(record(pool, chosen.get(i)), pixels, i * size);
            labels[i] = label(pool, chosen.get(i));
        }
        return new ArrayExamples(pixels, labels, 1, pool.rows(), pool.cols());
    }

    private static IdxFormat.Images first(IdxFormat.Images images, int count) {
        if (count >= images.count()) {
            return images;
        }
        int size = images.rows() * images.cols();
        return new IdxFormat.Images(count, images.rows(), images.cols(), Arrays.copyOf(images.pixels(), count * size),
                Arrays.copyOf(images.labels(), count));
    }
}
