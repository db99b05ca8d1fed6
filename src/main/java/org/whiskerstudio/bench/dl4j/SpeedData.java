package org.whiskerstudio.bench.dl4j;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.whiskerstudio.dataset.ArrayExamples;
import org.whiskerstudio.labelling.formats.IdxFormat;

/** Fashion-MNIST (or any IDX pair of square grey images) in memory as [0, 1] pixels, for {@link SpeedBenchmark}. */
public record SpeedData(List<String> classes, ArrayExamples train, ArrayExamples test, IdxFormat.Images testBytes) {

    /** The train and test pairs as read by {@link IdxFormat#readPair}; classes are the label numbers' names. */
    public static SpeedData of(IdxFormat.Images train, IdxFormat.Images test, List<String> classes) {
        if (train.rows() != train.cols() || test.rows() != train.rows() || test.cols() != train.cols()) {
            throw new IllegalArgumentException("train and test images must be square and of one size");
        }
        return new SpeedData(List.copyOf(classes), examples(train), examples(test), test);
    }

    public int side() {
        return testBytes.rows();
    }

    /** The first {@code count} test images encoded as grey PNG files' bytes (the input a user's photo would be). */
    public List<byte[]> testPngs(int count) {
        int side = side();
        int size = side * side;
        List<byte[]> pngs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i % testBytes.count();
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
            image.getRaster().setDataElements(0, 0, side, side,
                    Arrays.copyOfRange(testBytes.pixels(), index * size, (index + 1) * size));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pngs.add(out.toByteArray());
        }
        return pngs;
    }

    private static ArrayExamples examples(IdxFormat.Images images) {
        byte[] bytes = images.pixels();
        float[] pixels = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            pixels[i] = (bytes[i] & 0xFF) / 255f;
        }
        int[] labels = new int[images.count()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = images.labels()[i] & 0xFF;
        }
        return new ArrayExamples(pixels, labels, 1, images.rows(), images.cols());
    }
}
