package org.whiskerstudio.ui.training;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.training.EpochMetric;

/**
 * The series of the run on screen. Loss is plotted against the step (the decimated step loss, and each epoch's
 * train and validation loss at the step it ended on); accuracy, in percent, against the epoch. Missing values
 * (NaN: no validation part) are left out.
 */
public final class LiveCharts {
    private final ObservableList<ChartPoint> iterationLoss = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> trainLoss = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> validationLoss = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> trainAccuracy = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> validationAccuracy = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper lastEpoch = new ReadOnlyIntegerWrapper();

    /** A new run on screen; {@code plannedEpochs} sets the epoch axis from the start, so it does not rescale. */
    void clear(int plannedEpochs) {
        List.of(iterationLoss, trainLoss, validationLoss, trainAccuracy, validationAccuracy).forEach(List::clear);
        lastEpoch.set(plannedEpochs);
    }

    void addEpoch(EpochMetric m) {
        lastEpoch.set(Math.max(lastEpoch.get(), m.epoch()));
        addIfFinite(trainLoss, m.iteration(), m.trainLoss());
        addIfFinite(validationLoss, m.iteration(), m.validationLoss());
        addIfFinite(trainAccuracy, m.epoch(), m.trainAccuracy() * 100);
        addIfFinite(validationAccuracy, m.epoch(), m.validationAccuracy() * 100);
    }

    void setIterationLoss(List<ChartPoint> points) {
        iterationLoss.setAll(points);
    }

    private static void addIfFinite(ObservableList<ChartPoint> series, double x, double y) {
        if (Double.isFinite(y)) {
            series.add(new ChartPoint(x, y));
        }
    }

    public ObservableList<ChartPoint> iterationLoss() {
        return iterationLoss;
    }

    public ObservableList<ChartPoint> trainLoss() {
        return trainLoss;
    }

    public ObservableList<ChartPoint> validationLoss() {
        return validationLoss;
    }

    /** Percent. */
    public ObservableList<ChartPoint> trainAccuracy() {
        return trainAccuracy;
    }

    /** Percent. */
    public ObservableList<ChartPoint> validationAccuracy() {
        return validationAccuracy;
    }

    /** Where the epoch axis ends: the run's planned epochs, or the last epoch drawn if later; 0 with no run. */
    public ReadOnlyIntegerProperty lastEpochProperty() {
        return lastEpoch.getReadOnlyProperty();
    }
}
