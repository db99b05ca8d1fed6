package org.whiskerstudio.ui.training;

import java.util.List;
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

    void clear() {
        List.of(iterationLoss, trainLoss, validationLoss, trainAccuracy, validationAccuracy).forEach(List::clear);
    }

    void addEpoch(EpochMetric m) {
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
}
