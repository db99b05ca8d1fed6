package org.whiskerstudio.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import org.whiskerstudio.ui.map.MapFrameRate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whisker bench map-view}: the map's frames per second while it pans and zooms over many points, in a real
 * window (it needs a display; on a server, under Xvfb). It lives beside the launcher, not with the other commands,
 * because the command line stays headless: the launcher adds it to {@code whisker bench}.
 */
@Command(name = "map-view", mixinStandardHelpOptions = true,
        description = "The map's frame rate while it pans and zooms over many points, in a real window (needs a display).")
public final class MapViewBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--points", description = "default: ${DEFAULT-VALUE}")
    private int points = 20_000;

    @Option(names = "--seconds", description = "timed seconds after a second of warm-up, default: ${DEFAULT-VALUE}")
    private double seconds = 10;

    /** Adds {@code map-view} to {@code cli}'s {@code bench}. */
    static void addTo(CommandLine cli) {
        cli.getSubcommands().get("bench").addSubcommand("map-view", new MapViewBench());
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (points < 1 || !(seconds > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--points and --seconds must be above 0");
        }
        MapFrameRate.Result r = MapFrameRate.measure(points, seconds, 1);
        out.printf(Locale.ROOT, "map view: %,d points panned every frame and zoomed every 15th, 1280 x 720 window%n"
                        + "  %.1f frames/s over %.1f s (%,d frames); frame interval median %.1f ms, p95 %.1f ms, worst "
                        + "%.1f ms (target: 60 frames/s)%n", r.points(), r.framesPerSecond(), r.seconds(), r.frames(),
                r.medianMillis(), r.p95Millis(), r.worstMillis());
        out.flush();
        Platform.exit();
        return 0;
    }
}
