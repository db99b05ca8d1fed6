package org.whiskerstudio.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * One file of the tensor cache: {@code count} fixed-size records, then their 32-byte SHA-256 hashes, then a footer
 * (magic, record size, count, CRC32 of the hashes). A segment is written to a temporary file, forced to disk and
 * only then moved into place under its final name, so a file with the final name is always whole; anything else
 * (a temporary file, a file whose length, magic or checksum disagree) is never read.
 */
final class TensorSegment {
    /** "WSTNS" and format 1; a change to the bytes a resize produces must change this. */
    static final long MAGIC = 0x5753_544E_5300_0001L;
    static final int HASH_BYTES = 32;
    static final int FOOTER_BYTES = 32;
    static final String PREFIX = "segment-";
    static final String SUFFIX = ".bin";
    /** Segments stay under 1 GiB of records, so one memory map covers each. */
    static final long MAX_DATA_BYTES = 1L << 30;

    private static final HexFormat HEX = HexFormat.of();

    private final Path file;
    private final MappedByteBuffer data;
    private final String[] hashes;
    private final int recordSize;

    private TensorSegment(Path file, MappedByteBuffer data, String[] hashes, int recordSize) {
        this.file = file;
        this.data = data;
        this.hashes = hashes;
        this.recordSize = recordSize;
    }

    static boolean isSegmentName(String name) {
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
    }

    /** The segment in {@code file}, memory-mapped; empty when the file is not a whole segment of this record size. */
    static Optional<TensorSegment> open(Path file, int recordSize) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < FOOTER_BYTES) {
                return Optional.empty();
            }
            ByteBuffer footer = ByteBuffer.allocate(FOOTER_BYTES);
            readFully(channel, footer, size - FOOTER_BYTES);
            footer.flip();
            long magic = footer.getLong();
            int storedRecordSize = footer.getInt();
            int count = footer.getInt();
            long crc = footer.getLong();
            if (magic != MAGIC || storedRecordSize != recordSize || count < 0
                    || size != (long) count * (recordSize + HASH_BYTES) + FOOTER_BYTES
                    || (long) count * recordSize > MAX_DATA_BYTES) {
                return Optional.empty();
            }
            ByteBuffer hashBytes = ByteBuffer.allocate(count * HASH_BYTES);
            readFully(channel, hashBytes, (long) count * recordSize);
            CRC32 check = new CRC32();
            check.update(hashBytes.array());
            if (check.getValue() != crc) {
                return Optional.empty();
            }
            String[] hashes = new String[count];
            for (int i = 0; i < count; i++) {
                hashes[i] = HEX.formatHex(hashBytes.array(), i * HASH_BYTES, (i + 1) * HASH_BYTES);
            }
            MappedByteBuffer data = channel.map(FileChannel.MapMode.READ_ONLY, 0, (long) count * recordSize);
            return Optional.of(new TensorSegment(file, data, hashes, recordSize));
        }
    }

    /** The segment in {@code file} whatever its record size (read from its footer); empty when not a whole segment. */
    static Optional<TensorSegment> open(Path file) throws IOException {
        int recordSize;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < FOOTER_BYTES) {
                return Optional.empty();
            }
            ByteBuffer footer = ByteBuffer.allocate(FOOTER_BYTES);
            readFully(channel, footer, channel.size() - FOOTER_BYTES);
            recordSize = footer.getInt(Long.BYTES);
        }
        return recordSize > 0 ? open(file, recordSize) : Optional.empty();
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
        long position = at;
        while (into.hasRemaining()) {
            int n = channel.read(into, position);
            if (n < 0) {
                throw new IOException("unexpected end of " + channel);
            }
            position += n;
        }
    }

    Path file() {
        return file;
    }

    int count() {
        return hashes.length;
    }

    int recordSize() {
        return recordSize;
    }

    String hash(int record) {
        return hashes[record];
    }

    /** Copies one record; safe from several threads (absolute reads of a read-only map). */
    void read(int record, byte[] into, int offset) {
        data.get(record * recordSize, into, offset, recordSize);
    }

    /** Appends records to a temporary file; {@link #commit()} makes it a segment. */
    static final class Writer implements AutoCloseable {
        private final Path dir;
        private final Path temp;
        private final FileChannel channel;
        private final int recordSize;
        private final int capacity;
        private final ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        private int count;
        private boolean committed;

        Writer(Path dir, int recordSize, int capacity) throws IOException {
            this.dir = dir;
            this.recordSize = recordSize;
            this.temp = Files.createTempFile(dir, ".segment-", ".tmp");
            this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            this.capacity = capacity;
        }

        /** How many records fit in one segment. */
        static int capacity(int recordSize) {
            return (int) Math.min(Integer.MAX_VALUE / HASH_BYTES, MAX_DATA_BYTES / recordSize);
        }

        boolean isFull() {
            return count >= capacity;
        }

        int count() {
            return count;
        }

        void add(String sha256, byte[] record) throws IOException {
            if (record.length != recordSize) {
                throw new IllegalArgumentException("record of " + record.length + " bytes, expected " + recordSize);
            }
            ByteBuffer buffer = ByteBuffer.wrap(record);
            long at = (long) count * recordSize;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            hashes.writeBytes(HEX.parseHex(sha256));
            count++;
        }

        /** Finishes the file, forces it to disk and moves it into place; returns its final path. */
        Path commit() throws IOException {
            byte[] table = hashes.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(table);
            ByteBuffer tail = ByteBuffer.allocate(table.length + FOOTER_BYTES);
            tail.put(table);
            tail.putLong(MAGIC).putInt(recordSize).putInt(count).putLong(crc.getValue()).putLong(0);
            tail.flip();
            long at = (long) count * recordSize;
            while (tail.hasRemaining()) {
                at += channel.write(tail, at);
            }
            channel.force(true);
            channel.close();
            Path target = dir.resolve(PREFIX + System.currentTimeMillis() + "-" + UUID.randomUUID() + SUFFIX);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            committed = true;
            return target;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                channel.close();
                Files.deleteIfExists(temp);
            }
        }
    }
}
