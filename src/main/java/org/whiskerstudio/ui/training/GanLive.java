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
import org.whiskerstudio.training.GanSamples;
import org.whiskerstudio.training.GanStep;

/**
 * A GAN run on screen: the discriminator's and generator's loss per step, the latest grid of samples from the fixed
 * noise batch, the last step's numbers and the health warnings, in plain words. UI thread only; fed by
 * {@link LiveRun} from coalesced {@link MetricsInbox} batches.
 */
public final class GanLive {
    /** What one drain brings: the series so far (decimated), the newest grid and step, and new warnings. */
    record Update(Optional<List<ChartPoint>> discriminator, Optional<List<ChartPoint>> generator,
                  Optional<GanSamples> samples, Optional<GanStep> step, List<String> warnings) {
        boolean isEmpty() {
            return discriminator.isEmpty() && generator.isEmpty() && samples.isEmpty() && step.isEmpty()
                    && warnings.isEmpty();
        }
    }

    private final ObservableList<ChartPoint> discriminatorLoss = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> generatorLoss = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<GanSamples>> samples = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    // Read-only views kept once: such a view listens to its list weakly, so a fresh one per call would lose listeners.
    private final ObservableList<ChartPoint> discriminatorView = FXCollections.unmodifiableObservableList(discriminatorLoss);
    private final ObservableList<ChartPoint> generatorView = FXCollections.unmodifiableObservableList(generatorLoss);
    private final ObservableList<String> warningsView = FXCollections.unmodifiableObservableList(warnings);

    void clear() {
        discriminatorLoss.clear();
        generatorLoss.clear();
        samples.set(Optional.empty());
        stepText.set("");
        warnings.clear();
    }

    void apply(Update u) {
        u.discriminator().ifPresent(discriminatorLoss::setAll);
        u.generator().ifPresent(generatorLoss::setAll);
        u.samples().ifPresent(s -> samples.set(Optional.of(s)));
        u.step().ifPresent(s -> stepText.set(String.format(Locale.ROOT,
                "Step %,d · epoch %d · D loss %.3f · G loss %.3f", s.iteration(), s.epoch(), s.discriminatorLoss(),
                s.generatorLoss())));
        u.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
    }

    public ObservableList<ChartPoint> discriminatorLoss() {
        return discriminatorView;
    }

    public ObservableList<ChartPoint> generatorLoss() {
        return generatorView;
    }

    /** The newest grid from the fixed noise batch; empty before the first. */
    public ReadOnlyObjectProperty<Optional<GanSamples>> samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    /** "Step 1,200 · epoch 3 · D loss 0.612 · G loss 0.934", or "" before the first step. */
    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    /** Health warnings seen in this run (collapse, D always wins, G exploding), each once. */
    public ObservableList<String> warnings() {
        return warningsView;
    }
}
