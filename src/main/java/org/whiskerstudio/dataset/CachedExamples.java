package org.whiskerstudio.dataset;

/** Examples read from the {@link TensorCache}: no decoding, one copy out of the memory map and a table lookup. */
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

    /** Example i is the cache's slot {@code slots[i]} with class {@code labels[i]}. */
    public CachedExamples(TensorCache cache, int[] slots, int[] labels) {
        if (slots.length != labels.length) {
            throw new IllegalArgumentException("one label per slot");
        }
        this.cache = cache;
        this.slots = slots.clone();
        this.labels = labels.clone();
        int size = cache.preprocessing().size();
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
        for (int i = 0; i < bytes.length; i++) {
            into[offset + i] = SCALE[bytes[i] & 0xFF];
        }
    }
}
