package org.whiskerstudio.dataset;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.project.sequences.Series;
import org.whiskerstudio.project.sequences.TextExample;

/**
 * One example's record in the tensor cache and on its way to a prediction, for every {@link Encoding}: made from a
 * stored file (read strictly and size-limited by the image decoder, {@link Series#read} or {@link TextExample#read};
 * nothing in it is trusted) and read back as CHW floats. One code path serves the cache, evaluation and prediction.
 * A padded series step reads as NaN, which the normalisation fitter skips and a batch turns into 0.
 */
public final class TensorRecords {
    private static final int PAD_SYMBOL = 0xFFFF;

    private final Preprocessing target;

    public TensorRecords(Preprocessing target) {
        this.target = target;
    }

    public Preprocessing target() {
        return target;
    }

    /** The record of a stored file. */
    public byte[] load(Path file) throws ImageUnreadable {
        try {
            return switch (target.encoding()) {
                case PIXELS -> new ImageResizer(target).load(file);
                case SERIES -> series(file, Series.read(file));
                case CHARACTERS, WORDS -> text(TextExample.read(file));
            };
        } catch (SequenceUnreadable e) {
            throw new ImageUnreadable(e.getMessage(), e);
        }
    }

    /** The record of a file's content already in memory (an upload); {@code name} names it in messages. */
    public byte[] load(byte[] content, String name) throws ImageUnreadable {
        Path label = Path.of(name.isBlank() ? "upload" : name.replaceAll("[/\\\\]", "_"));
        try {
            return switch (target.encoding()) {
                case PIXELS -> new ImageResizer(target).load(content);
                case SERIES -> {
                    if (content.length > Series.MAX_BYTES) {
                        throw new SequenceUnreadable(label, "larger than " + (Series.MAX_BYTES >> 20) + " MB");
                    }
                    yield series(label, Series.parse(label, TextExample.decode(label, content)));
                }
                case CHARACTERS, WORDS -> {
                    if (content.length > TextExample.MAX_BYTES) {
                        throw new SequenceUnreadable(label, "larger than " + (TextExample.MAX_BYTES >> 20) + " MB");
                    }
                    yield text(TextExample.decode(label, content).replace("\r\n", "\n").replace('\r', '\n'));
                }
            };
        } catch (SequenceUnreadable e) {
            throw new ImageUnreadable(e.getMessage(), e);
        }
    }

    /** A series' record: its last {@code steps} rows, padded at the front. */
    public byte[] series(Path file, Series series) throws SequenceUnreadable {
        int features = target.channels();
        if (series.featureCount() != features) {
            throw new SequenceUnreadable(file, "has " + series.featureCount() + " features, the model takes " + features);
        }
        int steps = target.steps();
        ByteBuffer out = ByteBuffer.allocate(target.recordBytes()).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(series.steps());
        int pad = Math.max(0, steps - series.steps());
        int first = Math.max(0, series.steps() - steps);
        float[] values = series.values();
        // Feature-major (CHW with W = 1): feature c's steps are contiguous.
        for (int c = 0; c < features; c++) {
            for (int t = 0; t < steps; t++) {
                out.putFloat(t < pad ? Float.NaN : values[(first + t - pad) * features + c]);
            }
        }
        return out.array();
    }

    /** A text's record: the symbols of its last {@code steps} characters or words, padded at the front. */
    public byte[] text(String text) {
        int[] symbols = TextEncoder.encode(text, target.encoding(), target.channels());
        int steps = target.steps();
        ByteBuffer out = ByteBuffer.allocate(target.recordBytes()).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(symbols.length);
        int pad = Math.max(0, steps - symbols.length);
        int first = Math.max(0, symbols.length - steps);
        for (int t = 0; t < steps; t++) {
            out.putShort((short) (t < pad ? PAD_SYMBOL : symbols[first + t - pad]));
        }
        return out.array();
    }

    /** The example's real length (steps, characters or words) before padding or truncation; 0 for an image. */
    public int length(byte[] record) {
        if (target.encoding() == Encoding.PIXELS) {
            return 0;
        }
        return ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    }

    /** Writes the record's {@code size()} CHW floats into {@code into} at {@code offset}. */
    public void decode(byte[] record, float[] into, int offset) {
        if (record.length != target.recordBytes()) {
            throw new IllegalArgumentException("a record of " + record.length + " bytes, " + target.key() + " takes "
                    + target.recordBytes());
        }
        switch (target.encoding()) {
            case PIXELS -> {
                for (int i = 0; i < record.length; i++) {
                    into[offset + i] = (record[i] & 0xFF) / 255f;
                }
            }
            case SERIES -> {
                ByteBuffer in = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
                int n = target.size();
                for (int i = 0; i < n; i++) {
                    into[offset + i] = in.getFloat(Preprocessing.LENGTH_BYTES + 4 * i);
                }
            }
            case CHARACTERS, WORDS -> {
                ByteBuffer in = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
                int steps = target.steps();
                int symbols = target.channels();
                Arrays.fill(into, offset, offset + target.size(), 0f);
                for (int t = 0; t < steps; t++) {
                    int s = in.getShort(Preprocessing.LENGTH_BYTES + 2 * t) & 0xFFFF;
                    if (s < symbols) {
                        into[offset + s * steps + t] = 1f;
                    }
                }
            }
        }
    }
}
