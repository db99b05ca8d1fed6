package org.whiskerstudio.app;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.settings.StudioSettings;

/**
 * Start-up work that needs no toolkit, done on a second thread while the JavaFX toolkit starts on the first: setting
 * the OpenMP wait policy through JNA (~120 ms of JNA's own start) and loading Jackson (its mapper looks for modules in
 * every jar, ~200 ms) with a round trip of the settings record, which the shell reads as soon as the toolkit is up.
 * The round trip reads no file: the shell's own read stays the only one, so a damaged settings file is reported once.
 *
 * <p>The wait policy may move off the main thread because it only has to be set before ND4J's native library loads,
 * and nothing in the window loads it before a project is open and a training, evaluation or prediction starts;
 * {@link Dl4jRuntime#configure()} is synchronized and is called again before the first network anyway. The command
 * line, which may load ND4J at once, still calls it first thing on the main thread.
 */
final class StartupWarmUp {
    private static final Logger LOG = Logger.getLogger(StartupWarmUp.class.getName());

    private StartupWarmUp() {
    }

    static Thread start() {
        Thread thread = new Thread(StartupWarmUp::run, "start-up warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static void run() {
        Dl4jRuntime.configure();
        try {
            byte[] json = Json.mapper().writeValueAsBytes(StudioSettings.defaults());
            Json.mapper().readValue(json, StudioSettings.class);
        } catch (IOException | RuntimeException e) {
            // Only time is lost: the shell reads the settings itself and reports what is wrong with them.
            LOG.log(Level.FINE, "Start-up warm-up of the settings mapper failed", e);
        }
    }
}
