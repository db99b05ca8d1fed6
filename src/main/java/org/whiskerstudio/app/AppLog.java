package org.whiskerstudio.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The studio's log file: {@code whisker.log} in {@code -Dwhisker.log.dir}, else {@code $XDG_STATE_HOME/whisker-studio/logs},
 * else {@code ~/.local/state/whisker-studio/logs}. Each start keeps the previous sessions' logs as
 * {@code whisker.1.log} ... {@code whisker.4.log}; one session's log is capped at {@link #LIMIT_BYTES}.
 */
public final class AppLog {
    public static final String FILE_NAME = "whisker.log";
    static final int KEPT_SESSIONS = 4;
    static final int LIMIT_BYTES = 20 * 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static volatile Path current;
    private static FileHandler handler;

    private AppLog() {
    }

    /** The log folder from the system property, then the environment (XDG base directories), then the home folder. */
    public static Path defaultDir() {
        return dirFrom(System::getProperty, System::getenv);
    }

    static Path dirFrom(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String override = properties.apply("whisker.log.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String state = environment.apply("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute() ? Path.of(state)
                : Path.of(properties.apply("user.home"), ".local", "state");
        return base.resolve("whisker-studio").resolve("logs");
    }

    /** The log file of this session, once {@link #install} has run. */
    public static Optional<Path> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Sends java.util.logging (and through SLF4J, the libraries' logs) to {@code dir/whisker.log} as well as to the
     * console. Never fails: without a writable folder the studio still runs, logging to the console only.
     *
     * @return the log file, or empty when it could not be opened
     */
    public static synchronized Optional<Path> install(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            rotate(dir);
            uninstall();
            FileHandler fileHandler = new FileHandler(file.toString(), LIMIT_BYTES, 1, false);
            fileHandler.setEncoding("UTF-8");
            fileHandler.setFormatter(new LineFormatter());
            fileHandler.setLevel(Level.ALL);
            Logger.getLogger("").addHandler(fileHandler);
            handler = fileHandler;
            current = file;
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(AppLog.class.getName()).log(Level.WARNING, "Cannot write the log file " + file + ": " + e);
            return Optional.empty();
        }
    }

    /** Stops writing the log file (tests; a second install). */
    static synchronized void uninstall() {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
            handler = null;
            current = null;
        }
    }

    /** whisker.log becomes whisker.1.log, whisker.1.log becomes whisker.2.log ...; the oldest is dropped. */
    static void rotate(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve("whisker." + KEPT_SESSIONS + ".log"));
        for (int i = KEPT_SESSIONS - 1; i >= 1; i--) {
            Path from = dir.resolve("whisker." + i + ".log");
            if (Files.exists(from)) {
                Files.move(from, dir.resolve("whisker." + (i + 1) + ".log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path last = dir.resolve(FILE_NAME);
        if (Files.exists(last)) {
            Files.move(last, dir.resolve("whisker.1.log"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One line a record ("2026-01-31 12:00:00.000 INFO  org.x.Y: message"), then the stack trace if any. */
    static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(String.format("%-7s", r.getLevel().getName())).append(' ')
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
