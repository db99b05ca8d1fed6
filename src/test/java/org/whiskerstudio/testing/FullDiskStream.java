package org.whiskerstudio.testing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The fault layer for writers: passes {@code room} bytes on, then fails every write as a full disk does (the JDK's
 * bare "No space left on device"), so code behind a stream seam is tested for a full disk on any machine.
 */
public final class FullDiskStream extends FilterOutputStream {
    /** What the JDK says when write(2) returns ENOSPC. */
    public static final String ENOSPC = "No space left on device";
    private long room;

    public FullDiskStream(OutputStream out, long room) {
        super(out);
        this.room = room;
    }

    @Override
    public void write(int b) throws IOException {
        if (room <= 0) {
            throw new IOException(ENOSPC);
        }
        room--;
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int passed = (int) Math.min(len, Math.max(0, room));
        out.write(b, off, passed);
        room -= passed;
        if (passed < len) {
            throw new IOException(ENOSPC);
        }
    }
}
