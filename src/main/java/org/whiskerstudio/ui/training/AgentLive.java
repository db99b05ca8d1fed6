package org.whiskerstudio.ui.training;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.rl.EpisodeReport;
import org.whiskerstudio.training.AgentReplay;

/**
 * An agent run on screen: reward per episode with its moving average, episode length, epsilon and loss as series,
 * the latest episode in words, and the newest greedy episode for the view to replay. UI thread only; fed by
 * {@link LiveRun} from coalesced {@link MetricsInbox} batches.
 */
public final class AgentLive {
    /** The five series so far, decimated. */
    record Series(List<ChartPoint> returns, List<ChartPoint> average, List<ChartPoint> length,
                  List<ChartPoint> epsilon, List<ChartPoint> loss) {
    }

    /** The newest episode and the moving average of returns at it. */
    record Latest(EpisodeReport episode, double average) {
    }

    /** What one drain brings. */
    record Update(Optional<Series> series, Optional<Latest> latest, Optional<AgentReplay> replay) {
        boolean isEmpty() {
            return series.isEmpty() && latest.isEmpty() && replay.isEmpty();
        }
    }

    private final ObservableList<ChartPoint> returns = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> average = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> length = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> epsilon = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> loss = FXCollections.observableArrayList();
    // Read-only views kept once: such a view listens to its list weakly.
    private final ObservableList<ChartPoint> returnsView = FXCollections.unmodifiableObservableList(returns);
    private final ObservableList<ChartPoint> averageView = FXCollections.unmodifiableObservableList(average);
    private final ObservableList<ChartPoint> lengthView = FXCollections.unmodifiableObservableList(length);
    private final ObservableList<ChartPoint> epsilonView = FXCollections.unmodifiableObservableList(epsilon);
    private final ObservableList<ChartPoint> lossView = FXCollections.unmodifiableObservableList(loss);
    private final ReadOnlyStringWrapper episodeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<AgentReplay>> replay = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Latest>> latest = new ReadOnlyObjectWrapper<>(Optional.empty());

    void clear() {
        for (ObservableList<ChartPoint> series : List.of(returns, average, length, epsilon, loss)) {
            series.clear();
        }
        episodeText.set("");
        replay.set(Optional.empty());
        latest.set(Optional.empty());
    }

    void apply(Update u) {
        u.series().ifPresent(s -> {
            returns.setAll(s.returns());
            average.setAll(s.average());
            length.setAll(s.length());
            epsilon.setAll(s.epsilon());
            loss.setAll(s.loss());
        });
        u.latest().ifPresent(l -> {
            episodeText.set(describe(l));
            latest.set(Optional.of(l));
        });
        u.replay().ifPresent(r -> replay.set(Optional.of(r)));
    }

    /** "Episode 312 · step 20,480 · return 187 · average (100) 143.2 · epsilon 0.040 · loss 0.0123". */
    static String describe(Latest l) {
        EpisodeReport e = l.episode();
        String text = String.format(Locale.ROOT, "Episode %,d · step %,d · return %s · average (%d) %.2f · epsilon %.3f",
                e.episode(), e.totalSteps(), TrainingForm.plain(e.episodeReturn()), Math.min(e.episode(),
                        AgentInbox.AVERAGE_OVER), l.average(), e.epsilon());
        return Double.isFinite(e.loss()) ? text + String.format(Locale.ROOT, " · loss %.4f", e.loss()) : text;
    }

    public ObservableList<ChartPoint> returns() {
        return returnsView;
    }

    /** The moving average of the last 100 returns at each episode. */
    public ObservableList<ChartPoint> averageReturn() {
        return averageView;
    }

    public ObservableList<ChartPoint> length() {
        return lengthView;
    }

    public ObservableList<ChartPoint> epsilon() {
        return epsilonView;
    }

    /** The mean loss of each episode's updates; episodes before learning starts have none. */
    public ObservableList<ChartPoint> loss() {
        return lossView;
    }

    /** The newest episode in words, or "" before the first. */
    public ReadOnlyStringProperty episodeTextProperty() {
        return episodeText.getReadOnlyProperty();
    }

    /** The newest episode and the average at it, for the history's row of the going run; empty before the first. */
    ReadOnlyObjectProperty<Optional<Latest>> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** The newest greedy episode to replay; empty before the first. */
    public ReadOnlyObjectProperty<Optional<AgentReplay>> replayProperty() {
        return replay.getReadOnlyProperty();
    }
}
