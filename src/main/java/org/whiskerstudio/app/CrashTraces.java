package org.whiskerstudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gathers the JVM's reports of native crashes (hs_err_pid*.log) into the log folder at the next start. A crash in
 * native code (the toolkit's GTK glass, ND4J) kills the process with no Java handler running: the JVM writes its
 * report to -XX:ErrorFile when the launch command gives one (README, the installed package's options), else to the
 * working folder or the temporary folder, where nobody looks. Only reports of this studio are moved: the installed
 * package names them {@code whisker-studio-hs_err_pid*.log}; others must name the studio in their command line.
 */
final class CrashTraces {
    private static final Logger LOG = Logger.getLogger(CrashTraces.class.getName());
    /** The command line in a report comes early: no need to read a whole (large) report to recognise ours. */
    private static final int HEAD_BYTES = 64 * 1024;

    private CrashTraces() {
    }

    /** Moves our crash reports from {@code places} into {@code logDir}; returns where they are now. */
    static List<Path> collect(List<Path> places, Path logDir) {
        List<Path> moved = new ArrayList<>();
        for (Path place : places) {
            if (!Files.isDirectory(place) || place.toAbsolutePath().normalize().equals(logDir.toAbsolutePath().normalize())) {
                continue;
            }
            try (DirectoryStream<Path> reports = Files.newDirectoryStream(place, "*hs_err_pid*.log")) {
                for (Path report : reports) {
                    if (isOurs(report)) {
                        Path target = logDir.resolve(report.getFileName());
                        Files.move(report, target, StandardCopyOption.REPLACE_EXISTING);
                        moved.add(target);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.fine(() -> "Could not look for crash reports in " + place + ": " + e);
            }
        }
        moved.forEach(r -> LOG.warning("An earlier session ended in a native crash; the JVM's report is " + r));
        return moved;
    }

    /** Where a report lands without -XX:ErrorFile: the working folder, else the temporary folder. */
    static List<Path> usualPlaces() {
        return List.of(Path.of(System.getProperty("user.dir")), Path.of(System.getProperty("java.io.tmpdir")),
                Path.of(System.getProperty("user.home")));
    }

    private static boolean isOurs(Path report) throws IOException {
        if (report.getFileName().toString().startsWith("whisker-studio-")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(report)) {
            String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            return head.contains("whisker-studio") || head.contains("org.whiskerstudio");
        }
    }
}
