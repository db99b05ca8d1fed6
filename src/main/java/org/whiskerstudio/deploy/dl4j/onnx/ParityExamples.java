package org.whiskerstudio.deploy.dl4j.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.dl4j.TrainedModel;

/** The examples a parity check runs: the project's test part, else seeded random inputs of the model's kind. */
public final class ParityExamples {
    /** Examples checked on every export. */
    static final int COUNT = 200;

    /** Records with what they are, for the parity line. */
    public record Examples(List<byte[]> records, String from) {
    }

    private ParityExamples() {
    }

    /** Up to {@code count} test examples the model can read (others are skipped), else random ones. */
    public static Examples ofProject(ProjectStore store, TrainedModel model, int count) {
        List<byte[]> records = new ArrayList<>();
        for (var example : new ClassificationDataReader(store).read().part(Subset.TEST)) {
            if (records.size() == count) {
                break;
            }
            try {
                records.add(model.pixels(example.file()));
            } catch (ImageUnreadable e) {
                // another kind of example (a series in an image project) or a damaged file: not this model's input
            }
        }
        return records.isEmpty() ? random(model.preprocessing(), model.normalisation(), count, 1)
                : new Examples(records, records.size() + " test examples");
    }

    /**
     * Seeded random records: pixels 0-255; series values around the fitted mean (some padded); text symbol ids
     * (some padded).
     */
    static Examples random(Preprocessing p, Normalisation n, int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] record = new byte[p.recordBytes()];
            switch (p.encoding()) {
                case PIXELS -> random.nextBytes(record);
                case SERIES -> series(p, n, random, record);
                case CHARACTERS, WORDS -> text(p, random, record);
            }
            records.add(record);
        }
        return new Examples(records, count + " random inputs");
    }

    private static void series(Preprocessing p, Normalisation n, Random random, byte[] record) {
        ByteBuffer out = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
        int steps = p.steps();
        int length = 1 + random.nextInt(steps);
        out.putInt(length);
        float[] mean = n.mean();
        float[] std = n.std();
        for (int f = 0; f < p.channels(); f++) {
            for (int t = 0; t < steps; t++) {
                float v = t < steps - length ? Float.NaN : (float) (mean[f] + std[f] * random.nextGaussian());
                out.putFloat(v);
            }
        }
    }

    private static void text(Preprocessing p, Random random, byte[] record) {
        ByteBuffer out = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
        int steps = p.steps();
        int length = 1 + random.nextInt(steps);
        out.putInt(length);
        for (int t = 0; t < steps; t++) {
            out.putShort((short) (t < steps - length ? 0xFFFF : random.nextInt(p.channels())));
        }
    }
}
