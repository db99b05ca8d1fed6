package org.whiskerstudio.dataset;

/**
 * Examples read from the {@link TensorCache}: no decoding, one copy out of the memory map and a table lookup (an
 * image) or a one-hot expansion (a text).
 */
public final class CachedExamples implements ExampleSource {
    private static final float[] SCALE = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            SCALE[v] = v / 255f;
        }
    }

    private final TensorCache cache;
    private final int[] slots;
    private final int[] labels;
    private final ThreadLocal<byte[]> buffer;
    private final TensorRecords records;

    /** Example i is the cache's slot {@code slots[i]} with class {@code labels[i]}. */
    public CachedExamples(TensorCache cache, int[] slots, int[] labels) {
        if (slots.length != labels.length) {
            throw new IllegalArgumentException("one label per slot");
        }
        this.cache = cache;
        this.slots = slots.clone();
        this.labels = labels.clone();
        int size = cache.preprocessing().recordBytes();
        this.records = new TensorRecords(cache.preprocessing());
        this.buffer = ThreadLocal.withInitial(() -> new byte[size]);
    }

    @Override
    public int size() {
        return slots.length;
    }

    @Override
    public int channels() {
        return cache.preprocessing().channels();
    }

    @Override
    public int height() {
        return cache.preprocessing().height();
    }

    @Override
    public int width() {
        return cache.preprocessing().width();
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public void read(int index, float[] into, int offset) {
        byte[] bytes = buffer.get();
        cache.read(slots[index], bytes, 0);
        if (cache.preprocessing().encoding() != Encoding.PIXELS) {
            records.decode(bytes, into, offset);
            return;
        }
        for (int i = 0; i < bytes.length; i++) {
            into[offset + i] = SCALE[bytes[i] & 0xFF];
        }
    }

    /** How many of these sequence examples were longer than the input (truncated) and shorter (padded). */
    public SequenceFit sequenceFit() {
        int steps = cache.preprocessing().steps();
        int truncated = 0;
        int padded = 0;
        if (cache.preprocessing().encoding() != Encoding.PIXELS) {
            byte[] bytes = buffer.get();
            for (int slot : slots) {
                cache.read(slot, bytes, 0);
                int length = records.length(bytes);
                truncated += length > steps ? 1 : 0;
                padded += length < steps ? 1 : 0;
            }
        }
        return new SequenceFit(slots.length, truncated, padded, steps);
    }
}
