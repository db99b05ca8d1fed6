package org.whiskerstudio.ui.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.training.EpochMetric;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.StartedFrom;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.TrainingService;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The project's runs, newest first, and the runs ticked to compare: each ticked run's loss per epoch
 * (validation, or training when it had no validation part) as one curve of the compare chart.
 */
public final class RunHistory {
    /** One compared run's curve. @param validation false when it shows training loss for want of validation */
    public record RunCurve(long runId, String name, boolean validation, List<ChartPoint> points) {
    }

    private final UiTasks tasks;
    private Optional<TrainingService> service = Optional.empty();
    private final ObservableList<TrainingRun> runs = FXCollections.observableArrayList();
    // One read-only view, kept: the wrapper listens to the list weakly, so a fresh one per call would lose listeners.
    private final ObservableList<TrainingRun> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ObservableList<Long> compared = FXCollections.observableArrayList();
    private final ObservableList<Long> comparedView = FXCollections.unmodifiableObservableList(compared);
    private final ObservableList<RunCurve> curves = FXCollections.observableArrayList();
    private final ObservableList<RunCurve> curvesView = FXCollections.unmodifiableObservableList(curves);
    private long generation;
    private long reads;
    private Map<Long, GanStep> lastGanSteps = Map.of();
    private Map<Long, StartedFrom> starts = Map.of();
    /** Each agent run's average return over its last 100 episodes. */
    private Map<Long, Double> agentAverages = Map.of();
    /** Whether the next read is the first of a project's history: it ticks the newest finished run. */
    private boolean firstRead;

    private record Read(List<TrainingRun> runs, Map<Long, GanStep> lastGanSteps, Map<Long, StartedFrom> starts,
                        Map<Long, Double> agentAverages) {
    }

    RunHistory(UiTasks tasks) {
        this.tasks = tasks;
    }

    void setService(Optional<TrainingService> next) {
        service = next;
        compared.clear();
        curves.clear();
        runs.clear();
        generation++;
        firstRead = true;
        reload();
    }

    /**
     * Re-reads the history (as a run goes, after it ends, after a delete), keeping the ticks of runs that still
     * exist. Reads may finish out of order on a pool; only the latest one asked for is shown.
     */
    public void reload() {
        service.ifPresent(s -> {
            long asked = generation;
            long read = ++reads;
            tasks.submit(() -> {
                List<TrainingRun> list = s.runs();
                Map<Long, GanStep> last = new HashMap<>();
                Map<Long, StartedFrom> started = new HashMap<>();
                Map<Long, Double> averages = new HashMap<>();
                for (TrainingRun r : list) {
                    s.startOf(r.id()).ifPresent(from -> started.put(r.id(), from));
                    if (r.kind() == ModelKind.AGENT) {
                        s.lastEpisodes(r.id(), AgentInbox.AVERAGE_OVER).stream()
                                .mapToDouble(EpisodeReport::episodeReturn).average()
                                .ifPresent(a -> averages.put(r.id(), a));
                    }
                    if (r.kind() == ModelKind.GAN) {
                        List<GanStep> steps = s.ganSteps(r.id(), 2);
                        if (!steps.isEmpty()) {
                            last.put(r.id(), steps.get(steps.size() - 1));
                        }
                    }
                }
                return new Read(list, last, started, averages);
            }, read2 -> {
                if (asked != generation || read != reads) {
                    return;
                }
                List<TrainingRun> list = read2.runs();
                lastGanSteps = read2.lastGanSteps();
                starts = read2.starts();
                agentAverages = read2.agentAverages();
                if (firstRead) {
                    // Before the list is shown, so its rows draw their tick.
                    firstRead = false;
                    tickNewestFinished(list);
                }
                runs.setAll(list);
                Set<Long> ids = new LinkedHashSet<>();
                list.forEach(r -> ids.add(r.id()));
                compared.retainAll(ids);
                reloadCurves();
            }, "Cannot read the run history");
        });
    }

    /**
     * A project opened on the Train screen shows its latest training at once: the newest run that finished an epoch
     * is ticked, so its loss per epoch is in the compare chart rather than an empty chart until the next run.
     */
    private void tickNewestFinished(List<TrainingRun> newestFirst) {
        if (compared.isEmpty()) {
            // An agent has no loss per epoch to compare.
            newestFirst.stream().filter(r -> !r.status().isActive() && r.epochsDone() > 0
                            && r.kind() != ModelKind.AGENT).findFirst()
                    .ifPresent(r -> compared.add(r.id()));
        }
    }

    public void setCompared(long runId, boolean on) {
        if (on == compared.contains(runId)) {
            return;
        }
        if (on) {
            compared.add(runId);
        } else {
            compared.remove(runId);
        }
        reloadCurves();
    }

    public boolean isCompared(long runId) {
        return compared.contains(runId);
    }

    private void reloadCurves() {
        List<TrainingRun> chosen = runs.stream().filter(r -> compared.contains(r.id())).toList();
        if (chosen.isEmpty() || service.isEmpty()) {
            curves.clear();
            return;
        }
        TrainingService s = service.get();
        long asked = generation;
        List<Long> wanted = List.copyOf(compared);
        tasks.submit(() -> {
            List<RunCurve> result = new ArrayList<>();
            for (TrainingRun r : chosen) {
                result.add(curveOf(r, s.epochMetrics(r.id())));
            }
            return result;
        }, result -> {
            if (asked == generation && wanted.equals(compared)) {
                curves.setAll(result);
            }
        }, "Cannot read the runs' metrics");
    }

    static RunCurve curveOf(TrainingRun run, List<EpochMetric> epochs) {
        boolean validation = epochs.stream().anyMatch(m -> Double.isFinite(m.validationLoss()));
        List<ChartPoint> points = epochs.stream()
                .filter(m -> Double.isFinite(validation ? m.validationLoss() : m.trainLoss()))
                .map(m -> new ChartPoint(m.epoch(), validation ? m.validationLoss() : m.trainLoss()))
                .toList();
        return new RunCurve(run.id(), run.name(), validation, points);
    }

    /** A row's second line, with a GAN run's last step as read with the history. */
    public String factsOf(TrainingRun r) {
        return factsOf(r, r.durationMillis());
    }

    /** {@link #factsOf(TrainingRun)} of the run training now, with its time {@code liveMillis} by the clock. */
    public String factsOf(TrainingRun r, long liveMillis) {
        return factsOf(r, liveMillis, Optional.empty());
    }

    /**
     * As {@link #factsOf(TrainingRun, long)}, an agent's episodes and average return from its newest episode on
     * screen rather than from its row (written at checkpoints, every 30 s).
     */
    String factsOf(TrainingRun r, long liveMillis, Optional<AgentLive.Latest> latest) {
        long millis = Math.max(r.durationMillis(), liveMillis);
        if (r.kind() == ModelKind.AGENT) {
            return latest.map(l -> agentFacts(l.episode().episode(), Optional.of(l.average()), millis))
                    .orElseGet(() -> agentFacts(r.epochsDone(), Optional.ofNullable(agentAverages.get(r.id())),
                            millis));
        }
        return facts(r, Optional.ofNullable(lastGanSteps.get(r.id())), millis);
    }

    /** A history row's second line, what to compare runs by: "5/5 epochs · best 91.2% · 2:13". */
    public static String facts(TrainingRun r) {
        return facts(r, Optional.empty(), r.durationMillis());
    }

    /** A GAN run has no accuracy: "GAN · 1,200 steps · D 0.61 G 0.93 · 2:13". */
    static String facts(TrainingRun r, Optional<GanStep> last, long durationMillis) {
        if (r.kind() == ModelKind.AGENT) {
            return agentFacts(r.epochsDone(), Optional.empty(), durationMillis);
        }
        if (r.kind() == ModelKind.GAN) {
            List<String> parts = new ArrayList<>(List.of("GAN"));
            last.ifPresentOrElse(s -> {
                parts.add(String.format(Locale.ROOT, "%,d steps", s.iteration()));
                parts.add(String.format(Locale.ROOT, "D %.2f G %.2f", s.discriminatorLoss(), s.generatorLoss()));
            }, () -> parts.add("no steps yet"));
            parts.add(LiveProgress.duration(durationMillis));
            return String.join(" · ", parts);
        }
        List<String> parts = new ArrayList<>();
        parts.add(r.epochsDone() + "/" + r.config().epochs() + " epochs");
        r.bestValidationAccuracy().ifPresent(a -> parts.add(String.format(Locale.ROOT, "best %.1f%%", a * 100)));
        parts.add(LiveProgress.duration(durationMillis));
        return String.join(" · ", parts);
    }

    /** An agent counts episodes and earns returns: "Agent · 1,234 episodes · average return 187.3 · 2:13". */
    static String agentFacts(int episodes, Optional<Double> average, long durationMillis) {
        List<String> parts = new ArrayList<>(List.of("Agent", String.format(Locale.ROOT, "%,d episodes",
                episodes)));
        average.ifPresent(a -> parts.add(String.format(Locale.ROOT, "average return %.2f", a)));
        parts.add(LiveProgress.duration(durationMillis));
        return String.join(" · ", parts);
    }

    /**
     * Everything a row knows, for its tooltip: name, architecture and date; status and facts; the best validation
     * accuracy, loss and epoch; the run's message in full.
     */
    public static String details(TrainingRun r, String when) {
        List<String> lines = new ArrayList<>();
        lines.add(r.name() + " · " + r.architectureName() + " · " + when);
        lines.add(r.status().label() + " · " + (r.kind() == ModelKind.AGENT ? String.format(Locale.ROOT,
                "%,d episodes", r.epochsDone()) : r.epochsDone() + "/" + r.config().epochs() + " epochs") + " · "
                + LiveProgress.duration(r.durationMillis()) + " of training");
        List<String> best = new ArrayList<>();
        r.bestValidationAccuracy().ifPresent(a -> best.add(String.format(Locale.ROOT, "accuracy %.1f%%", a * 100)));
        r.bestValidationLoss().ifPresent(l -> best.add(String.format(Locale.ROOT, "loss %.4f", l)));
        r.bestEpoch().ifPresent(e -> best.add("at epoch " + e));
        if (!best.isEmpty()) {
            lines.add("Best on validation: " + String.join(", ", best));
        }
        if (!r.message().isBlank()) {
            lines.add(r.message());
        }
        if (r.canResume()) {
            lines.add("Enter or ▶ resumes it from its last checkpoint.");
        }
        return String.join("\n", lines);
    }

    /** What a run of the history started from, when it continued from a model. */
    public Optional<StartedFrom> startOf(long runId) {
        return Optional.ofNullable(starts.get(runId));
    }

    /** {@link #details} with what the run started from, when it continued from a model. */
    public String detailsWithStart(TrainingRun r, String when) {
        return details(r, when) + startOf(r.id()).map(s -> "\n" + s.sentence()).orElse("");
    }

    public ObservableList<TrainingRun> runs() {
        return runsView;
    }

    /** Ids of the runs ticked to compare, in the order they were ticked. */
    public ObservableList<Long> compared() {
        return comparedView;
    }

    public ObservableList<RunCurve> curves() {
        return curvesView;
    }
}
