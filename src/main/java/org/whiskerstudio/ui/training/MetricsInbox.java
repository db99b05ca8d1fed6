package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.training.AgentReplay;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.GanSamples;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.IterationMetric;
import org.whiskerstudio.training.LiveReconstructions;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.TextSample;
import org.whiskerstudio.training.TrainingListener;

/**
 * Collects one session's events on the training thread until the UI takes them: the latest of each kind wins,
 * except epochs, which queue (each is a chart point), and step losses, which go through a {@link SeriesDecimator}
 * here so no step is lost and none is copied twice. {@code wake} runs once each time the inbox goes from empty to
 * holding something, so the UI schedules one drain per batch however fast steps come.
 */
final class MetricsInbox implements TrainingListener {
    record Start(long runId, int epochs, long iterationsPerEpoch, long startIteration, LiveProgress.Unit unit) {
    }

    record Status(RunStatus status, String message) {
    }

    record Preparing(long done, long total, String message) {
    }

    /** Everything since the last take; {@code gan} and {@code agent} are empty for a classifier. */
    record Batch(Optional<Start> start, Optional<Preparing> preparing, Optional<IterationMetric> iteration,
                 List<EpochMetric> epochs, Optional<List<ChartPoint>> iterationLoss, Optional<Status> status,
                 GanLive.Update gan, List<TextSample> texts, Optional<LiveReconstructions> reconstructions,
                 AgentLive.Update agent) {
    }

    static final int MAX_LOSS_POINTS = 600;
    private final Consumer<MetricsInbox> wake;
    private final SeriesDecimator losses = new SeriesDecimator(MAX_LOSS_POINTS);
    private Start start;
    private Preparing preparing;
    private IterationMetric iteration;
    private final List<EpochMetric> epochs = new ArrayList<>();
    private final List<TextSample> texts = new ArrayList<>();
    private LiveReconstructions reconstructions;
    private boolean lossesChanged;
    private Status status;
    private boolean pending;
    private final GanInbox gan = new GanInbox();
    private final AgentInbox agent = new AgentInbox();

    MetricsInbox(Consumer<MetricsInbox> wake) {
        this.wake = wake;
    }

    /** Seeds the step-loss series with what a resumed run already has, so its curve continues. */
    void seedLosses(List<ChartPoint> earlier) {
        post(() -> {
            earlier.forEach(p -> losses.add(p.x(), p.y()));
            lossesChanged = true;
        });
    }

    /** Seeds an agent's charts with the episodes a resumed run already has, so they continue. */
    void seedEpisodes(List<EpisodeReport> earlier) {
        if (!earlier.isEmpty()) {
            post(() -> earlier.forEach(agent::episode));
        }
    }

    @Override
    public void onStart(long runId, int epochCount, long iterationsPerEpoch, long startIteration) {
        post(() -> start = new Start(runId, epochCount, iterationsPerEpoch, startIteration,
                LiveProgress.Unit.EPOCHS));
    }

    @Override
    public void onAgentStart(long runId, boolean countsGames, long budget, long done) {
        post(() -> start = new Start(runId, 1, budget, done, countsGames ? LiveProgress.Unit.GAMES
                : LiveProgress.Unit.STEPS));
    }

    @Override
    public void onPreparing(long done, long total, String message) {
        post(() -> preparing = new Preparing(done, total, message));
    }

    @Override
    public void onIteration(IterationMetric metric) {
        post(() -> {
            iteration = metric;
            losses.add(metric.iteration(), metric.loss());
            lossesChanged = true;
        });
    }

    @Override
    public void onEpoch(EpochMetric metric) {
        post(() -> epochs.add(metric));
    }

    @Override
    public void onStep(GanStep step) {
        post(() -> gan.step(step));
    }

    @Override
    public void onSamples(GanSamples samples) {
        post(() -> gan.samples(samples));
    }

    @Override
    public void onWarning(String warning) {
        post(() -> gan.warning(warning));
    }

    @Override
    public void onTextSample(TextSample sample) {
        post(() -> texts.add(sample));
    }

    @Override
    public void onReconstructions(LiveReconstructions samples) {
        post(() -> reconstructions = samples);
    }

    @Override
    public void onEpisode(EpisodeReport episode) {
        post(() -> agent.episode(episode));
    }

    @Override
    public void onReplay(AgentReplay replay) {
        post(() -> agent.replay(replay));
    }

    @Override
    public void onStatus(RunStatus next, String message) {
        post(() -> status = new Status(next, message == null ? "" : message));
    }

    private void post(Runnable change) {
        boolean first;
        synchronized (this) {
            change.run();
            first = !pending;
            pending = true;
        }
        if (first) {
            wake.accept(this);
        }
    }

    /** Takes everything collected; the next event wakes the UI again. */
    synchronized Batch take() {
        Batch batch = new Batch(Optional.ofNullable(start), Optional.ofNullable(preparing), Optional.ofNullable(iteration),
                List.copyOf(epochs), lossesChanged ? Optional.of(losses.points()) : Optional.empty(),
                Optional.ofNullable(status), gan.take(), List.copyOf(texts), Optional.ofNullable(reconstructions),
                agent.take());
        start = null;
        preparing = null;
        iteration = null;
        epochs.clear();
        texts.clear();
        reconstructions = null;
        lossesChanged = false;
        status = null;
        pending = false;
        return batch;
    }
}
