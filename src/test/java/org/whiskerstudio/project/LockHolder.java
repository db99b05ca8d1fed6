package org.whiskerstudio.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A second process for the lock tests: opens the project given for writing, says so, and waits until its input
 * closes or it is killed.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        ProjectLock.program("lock holder");
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]))) {
            System.out.println("holding " + store.name());
            System.out.flush();
            while (System.in.read() != -1) {
                Thread.onSpinWait();
            }
        }
    }

    /** Starts a holder of {@code project} in a new JVM and returns once it holds the project. */
    public static Process start(Path project) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), project.toString())).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        // Start-up chatter (logging) may come before the holder says it holds the project.
        while (line != null && !line.startsWith("holding ")) {
            line = out.readLine();
        }
        if (line == null) {
            p.destroyForcibly();
            throw new IllegalStateException("The holder process ended before it held " + project);
        }
        return p;
    }
}
