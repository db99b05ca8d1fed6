package org.whiskerstudio.project;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One writing process per project: an operating-system lock on {@value #FILE} beside the database, held while the
 * project is open for writing. The system drops the lock when its process dies, however it dies, so a lock left by a
 * killed studio or command is simply taken over. The file also says who holds it (process, host, since when, which
 * program) for the message a second writer gets. The file is never deleted: deleting a lock file races with a process
 * that has just opened it. Within one process the lock is shared and counted (the studio's own background work and a
 * run reading its own project are one owner).
 */
public final class ProjectLock implements AutoCloseable {
    /** The lock file, beside {@code project.db}. */
    public static final String FILE = "project.lock";
    private static final Logger LOG = Logger.getLogger(ProjectLock.class.getName());
    /** Read at most this much of a holder's file: it is a few lines, and a stranger's file must not fill memory. */
    private static final int MAX_HOLDER_BYTES = 4096;
    private static final Map<Path, Held> HELD = new HashMap<>();
    private static volatile String program = "Whisker Studio";

    private final Path file;
    private boolean released;

    private ProjectLock(Path file) {
        this.file = file;
    }

    /** Names this process in the locks it takes ("Whisker Studio", "whisker train" ...). */
    public static void program(String name) {
        program = name;
    }

    /**
     * Takes the project's lock for writing, or joins this process's hold on it.
     *
     * @throws ProjectBusyException when another process holds it
     * @throws ProjectException     when the lock file cannot be made (a read-only folder, say)
     */
    public static ProjectLock acquire(ProjectLayout layout) {
        Path file = layout.root().resolve(FILE);
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held == null) {
                held = take(file);
                HELD.put(file, held);
            }
            held.count++;
            return new ProjectLock(file);
        }
    }

    private static Held take(Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new ProjectException("Cannot write in " + file.getParent() + ": the folder is read-only for you.", e);
        } catch (IOException e) {
            throw new ProjectException("Cannot make the lock file " + file + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new IllegalStateException("The project lock " + file + " is held twice in one process", e);
        } catch (IOException e) {
            // A file system without locks (some network shares): work on without one rather than refuse the project.
            LOG.log(Level.WARNING, "No lock on {0} ({1}): another process could open it too", new Object[]{file, e});
            return new Held(channel, null);
        }
        try {
            if (lock == null) {
                Holder holder = readHolder(channel);
                closeQuietly(channel);
                throw new ProjectBusyException(file.getParent(), holder);
            }
            writeHolder(channel, Holder.self());
            return new Held(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProjectException("Cannot lock the project " + file.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static Holder readHolder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_HOLDER_BYTES);
        channel.read(buffer, 0);
        Properties p = new Properties();
        p.load(new StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
        return Holder.of(p);
    }

    private static void writeHolder(FileChannel channel, Holder holder) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.text().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** Lets go of this hold; the last one in the process frees the lock. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(file);
            if (held != null && --held.count == 0) {
                HELD.remove(file);
                held.release();
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing the channel frees the lock; nothing else to do.
        }
    }

    /** Who holds a project: process id, host, since when, which program (unknown parts read as "?"). */
    public record Holder(String pid, String host, String since, String program) {
        static Holder self() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "?";
            }
            return new Holder(Long.toString(ProcessHandle.current().pid()), host, Instant.now().toString(),
                    ProjectLock.program);
        }

        static Holder of(Properties p) {
            return new Holder(p.getProperty("pid", "?"), p.getProperty("host", "?"), p.getProperty("since", "?"),
                    p.getProperty("program", "another program"));
        }

        String text() {
            return "pid=" + pid + "\nhost=" + host + "\nsince=" + since + "\nprogram=" + program + "\n";
        }

        /** "whisker train (process 1234 on lab-pc, since 2026-12-07T02:30:00Z)". */
        public String describe() {
            return program + " (process " + pid + " on " + host + ", since " + since + ")";
        }
    }

    /** This process's hold on one lock file. */
    private static final class Held {
        private final FileChannel channel;
        private final FileLock lock;
        private int count;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        void release() {
            try {
                if (lock != null) {
                    // Say the project is free before letting go, so a reader never sees a stale holder as live.
                    channel.truncate(0);
                    lock.release();
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "Releasing the project lock", e);
            } finally {
                closeQuietly(channel);
            }
        }
    }
}
