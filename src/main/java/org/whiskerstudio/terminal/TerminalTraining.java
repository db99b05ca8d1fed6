package org.whiskerstudio.terminal;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.rl.MovingAverage;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TrainingListener;

/**
 * A run on a terminal: a progress bar per epoch (loss, examples/s, ETA) and one line per finished epoch; an agent's
 * run a line of steps (or games), average return, loss, rate and ETA, and its greedy checks.
 */
public final class TerminalTraining implements TrainingListener {
    private final PrintWriter out;
    private final TerminalProgress preparing;
    private final boolean console;
    private int epochs;
    private long perEpoch;
    private long startIteration;
    private long started;
    private long lastDraw;
    private boolean barShown;
    /** "step" or "game" for an agent's run (its progress counts those), null for a run of epochs. */
    private String unit;
    private final MovingAverage returns = new MovingAverage(100);
    private long nextLine;

    public TerminalTraining(PrintWriter out) {
        this(out, System.console() != null);
    }

    public TerminalTraining(PrintWriter out, boolean console) {
        this.out = out;
        this.console = console;
        this.preparing = new TerminalProgress(out, console);
    }

    @Override
    public synchronized void onPreparing(long done, long total, String message) {
        preparing.update(done, total, message);
    }

    @Override
    public synchronized void onStart(long runId, int epochs, long iterationsPerEpoch, long startIteration) {
        preparing.finish();
        this.epochs = epochs;
        this.perEpoch = Math.max(1, iterationsPerEpoch);
        this.startIteration = startIteration;
        this.started = System.nanoTime();
        out.printf("run %d: %d epochs of %d steps%s%n", runId, epochs, iterationsPerEpoch,
                startIteration > 0 ? ", resuming after step " + startIteration : "");
        out.flush();
    }

    @Override
    public synchronized void onAgentStart(long runId, boolean countsGames, long budget, long done) {
        preparing.finish();
        unit = countsGames ? "game" : "step";
        epochs = 1;
        perEpoch = Math.max(1, budget);
        startIteration = done;
        started = System.nanoTime();
        nextLine = done + perEpoch / 10;
        out.printf(Locale.ROOT, "run %d: an agent, %,d %ss%s%n", runId, budget, unit,
                done > 0 ? String.format(Locale.ROOT, ", resuming after %s %,d", unit, done) : "");
        out.flush();
    }

    @Override
    public synchronized void onEpisode(EpisodeReport episode) {
        returns.add(episode.episodeReturn());
    }

    /** An agent's progress: a line at each tenth of its budget in a log, a redrawn line on a console. */
    private void agentProgress(IterationMetric m) {
        long now = System.nanoTime();
        boolean last = m.iteration() >= perEpoch;
        String line = String.format(Locale.ROOT, "%s %,d/%,d %3d%%  average return %.1f  loss %.4f  %,.0f %ss/s  ETA %s",
                unit, m.iteration(), perEpoch, 100 * m.iteration() / perEpoch, returns.mean(), m.loss(),
                m.examplesPerSecond(), unit, eta(m.iteration()));
        if (!console) {
            if (m.iteration() >= nextLine && !last) {
                nextLine += Math.max(1, perEpoch / 10);
                out.println(line);
                out.flush();
            }
            return;
        }
        if (redrawNow(now, last)) {
            out.print("\r" + line + "   ");
            out.flush();
        }
    }

    /** On a console, whether to redraw the bar: at most every 200 ms, and always for the last step. */
    private boolean redrawNow(long now, boolean last) {
        if (now - lastDraw < 200_000_000L && !last) {
            return false;
        }
        lastDraw = now;
        barShown = true;
        return true;
    }

    @Override
    public synchronized void onIteration(IterationMetric m) {
        if (unit != null) {
            agentProgress(m);
            return;
        }
        long now = System.nanoTime();
        long inEpoch = (m.iteration() - 1) % perEpoch + 1;
        boolean last = inEpoch == perEpoch;
        if (!console) {
            // Logs of scripted runs: a line at each quarter of an epoch, not a redrawn bar.
            long quarter = Math.max(1, perEpoch / 4);
            if (inEpoch % quarter == 0 && !last) {
                out.printf("epoch %d/%d  %3d%%  loss %.4f  %,.0f ex/s  ETA %s%n", m.epoch(), epochs,
                        100 * inEpoch / perEpoch, m.loss(), m.examplesPerSecond(), eta(m.iteration()));
                out.flush();
            }
            return;
        }
        if (!redrawNow(now, last)) {
            return;
        }
        int width = 24;
        int filled = (int) (width * inEpoch / perEpoch);
        out.printf("\repoch %d/%d [%s%s] %3d%%  loss %.4f  %,.0f ex/s  ETA %s   ", m.epoch(), epochs,
                "#".repeat(filled), " ".repeat(width - filled), 100 * inEpoch / perEpoch, m.loss(),
                m.examplesPerSecond(), eta(m.iteration()));
        out.flush();
    }

    private String eta(long iteration) {
        long done = iteration - startIteration;
        long total = (long) epochs * perEpoch - startIteration;
        if (done <= 0) {
            return "-";
        }
        double perStep = (System.nanoTime() - started) / 1e9 / done;
        return format(Duration.ofSeconds((long) (perStep * Math.max(0, total - done))));
    }

    public static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    @Override
    public synchronized void onEpoch(EpochMetric m) {
        clearBar();
        // An autoencoder has no accuracy: "-" rather than NaN%.
        out.printf("epoch %d/%d  train loss %.4f acc %s  val loss %s acc %s  lr %.2g  %.1f s%n", m.epoch(), epochs,
                m.trainLoss(), percent(m.trainAccuracy()), number(m.validationLoss(), "%.4f"),
                percent(m.validationAccuracy()),
                m.learningRate(), m.millis() / 1000.0);
        out.flush();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format("%.2f%%", 100 * share);
    }

    private static String number(double v, String format) {
        return Double.isNaN(v) ? "-" : String.format(format, v);
    }

    @Override
    public synchronized void onStatus(RunStatus status, String message) {
        // A running run's messages say what it does besides its epochs: an agent's greedy checks, a detector's trunk
        // warm-up, a start model's new output layer fitted first.
        if (status == RunStatus.RUNNING && message.isEmpty()) {
            return;
        }
        clearBar();
        out.println(status.describe(message));
        out.flush();
    }

    private void clearBar() {
        if (barShown) {
            out.print("\r" + " ".repeat(100) + "\r");
            barShown = false;
        }
    }

    public synchronized void finish() {
        clearBar();
        out.flush();
    }
}
