package org.whiskerstudio.ui.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.evaluation.BinaryCurves;
import org.whiskerstudio.evaluation.ClassMetrics;
import org.whiskerstudio.evaluation.ConfusedPair;
import org.whiskerstudio.evaluation.ConfusionMatrix;
import org.whiskerstudio.evaluation.Evaluation;
import org.whiskerstudio.evaluation.EvaluationReport;
import org.whiskerstudio.evaluation.ScoredExample;

/**
 * What the screen shows of one evaluation: the matrix (at the threshold, for a binary task), the metrics rows, the
 * curves, the confident mistakes and confused pairs, and the gallery of the chosen cell. Recomputed whenever the
 * evaluation, the threshold or the positive class changes. FX thread only.
 */
public final class EvaluationResults {
    /** A chosen cell of the matrix: true class row, predicted class column. */
    public record Cell(int trueIndex, int predictedIndex) {
    }

    public static final int LIST_LIMIT = 50;
    private final ReadOnlyObjectWrapper<Optional<Evaluation>> evaluation = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<ConfusionMatrix>> matrix = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<BinaryCurves>> curves = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final DoubleProperty threshold = new SimpleDoubleProperty(0.5);
    private final IntegerProperty positive = new SimpleIntegerProperty(1);
    private final ObservableList<MetricRow> metrics = FXCollections.observableArrayList();
    private final ObservableList<GalleryItem> mistakes = FXCollections.observableArrayList();
    private final ObservableList<ConfusedPair> pairs = FXCollections.observableArrayList();
    private final ObservableList<GalleryItem> gallery = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<Cell>> cell = new ReadOnlyObjectWrapper<>(Optional.empty());
    private static final String CLICK_A_CELL = "Click a cell of the matrix to see its examples.";
    private final ReadOnlyStringWrapper galleryTitle = new ReadOnlyStringWrapper(CLICK_A_CELL);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Map<Long, Path> files = Map.of();

    EvaluationResults() {
        threshold.addListener((o, a, b) -> recompute());
        positive.addListener((o, a, b) -> {
            curves.set(evaluation.get().filter(Evaluation::isBinary)
                    .map(e -> BinaryCurves.of(e.predictions(), positive.get())));
            recompute();
        });
    }

    /** Shows another evaluation (or none); {@code imageFiles} lets the gallery show thumbnails. */
    void show(Optional<Evaluation> next, Map<Long, Path> imageFiles) {
        boolean sameRun = next.isPresent() && evaluation.get().isPresent()
                && next.get().runId() == evaluation.get().get().runId()
                && next.get().classes().equals(evaluation.get().get().classes());
        files = Map.copyOf(imageFiles);
        if (!sameRun) {
            // Set before the evaluation so that listeners see the curves of the right class at once.
            next.filter(Evaluation::isBinary).ifPresent(e -> positive.set(BinaryCurves.likelyPositive(e.classes())));
        }
        evaluation.set(next);
        curves.set(next.filter(Evaluation::isBinary).map(e -> BinaryCurves.of(e.predictions(), positive.get())));
        if (!sameRun) {
            cell.set(Optional.empty());
        }
        recompute();
    }

    private void recompute() {
        Optional<Evaluation> e = evaluation.get();
        Optional<ConfusionMatrix> m = e.map(ev -> curves.get().map(c -> c.matrixAt(ev.classes(), threshold.get()))
                .orElseGet(ev::matrix));
        matrix.set(m);
        metrics.setAll(m.map(EvaluationResults::rows).orElse(List.of()));
        pairs.setAll(m.map(x -> x.mostConfusedPairs(LIST_LIMIT)).orElse(List.of()));
        mistakes.setAll(m.map(x -> items(x, x.mostConfidentMistakes(LIST_LIMIT))).orElse(List.of()));
        summary.set(e.flatMap(ev -> m.map(x -> summary(ev, x))).orElse(""));
        refreshGallery();
    }

    private static String summary(Evaluation e, ConfusionMatrix m) {
        String top = m.size() > EvaluationReport.TOP_K
                ? String.format(Locale.ROOT, " \u00b7 top-%d %.1f%%", EvaluationReport.TOP_K, 100 * m.topK(EvaluationReport.TOP_K)) : "";
        return String.format(Locale.ROOT, "Accuracy %.1f%%%s \u00b7 %,d examples of %s \u00b7 evaluated %s",
                100 * m.accuracy(), top, m.total(), e.data(), e.evaluatedAt().replace('T', ' ').replaceAll("\\..*", ""));
    }

    static List<MetricRow> rows(ConfusionMatrix m) {
        List<MetricRow> rows = new ArrayList<>();
        for (ClassMetrics c : m.perClass()) {
            rows.add(new MetricRow(c.name(), c.precision(), c.recall(), c.f1(), c.support(), false));
        }
        rows.add(new MetricRow("macro average", m.macro().precision(), m.macro().recall(), m.macro().f1(), m.total(), true));
        rows.add(new MetricRow("weighted average", m.weighted().precision(), m.weighted().recall(), m.weighted().f1(),
                m.total(), true));
        return rows;
    }

    private List<GalleryItem> items(ConfusionMatrix m, List<ScoredExample> predictions) {
        return predictions.stream().map(p -> new GalleryItem(p, m.classes().get(p.trueIndex()),
                m.classes().get(p.predictedIndex()), Optional.ofNullable(files.get(p.imageId())))).toList();
    }

    /** Opens the gallery of one cell, most confident first. */
    public void selectCell(int trueIndex, int predictedIndex) {
        cell.set(Optional.of(new Cell(trueIndex, predictedIndex)));
        refreshGallery();
    }

    /** Opens the gallery of the larger direction of a confused pair. */
    public void selectPair(ConfusedPair pair) {
        if (pair.aAsB() >= pair.bAsA()) {
            selectCell(pair.a(), pair.b());
        } else {
            selectCell(pair.b(), pair.a());
        }
    }

    private void refreshGallery() {
        Optional<ConfusionMatrix> m = matrix.get();
        Optional<Cell> c = cell.get().filter(x -> m.isPresent() && x.trueIndex() < m.get().size()
                && x.predictedIndex() < m.get().size());
        if (m.isEmpty() || c.isEmpty()) {
            gallery.clear();
            galleryTitle.set(CLICK_A_CELL);
            return;
        }
        List<ScoredExample> members = m.get().members(c.get().trueIndex(), c.get().predictedIndex());
        gallery.setAll(items(m.get(), members));
        String t = m.get().classes().get(c.get().trueIndex());
        String p = m.get().classes().get(c.get().predictedIndex());
        galleryTitle.set(members.size() + (members.size() == 1 ? " example" : " examples") + " of " + t
                + (t.equals(p) ? ", predicted right" : " predicted as " + p) + ", most confident first");
    }

    public ReadOnlyObjectProperty<Optional<Evaluation>> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /** The matrix shown: for a binary task, at the threshold. */
    public ReadOnlyObjectProperty<Optional<ConfusionMatrix>> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** ROC and precision-recall of a binary task; empty otherwise. */
    public ReadOnlyObjectProperty<Optional<BinaryCurves>> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    /** The positive class's probability at or above which it is predicted (binary tasks). */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** Which of the two classes is the positive one (binary tasks). */
    public IntegerProperty positiveProperty() {
        return positive;
    }

    public ObservableList<MetricRow> metrics() {
        return metrics;
    }

    public ObservableList<GalleryItem> mistakes() {
        return mistakes;
    }

    public ObservableList<ConfusedPair> pairs() {
        return pairs;
    }

    public ObservableList<GalleryItem> gallery() {
        return gallery;
    }

    public ReadOnlyObjectProperty<Optional<Cell>> cellProperty() {
        return cell.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty galleryTitleProperty() {
        return galleryTitle.getReadOnlyProperty();
    }

    /** "Accuracy 91.2% · top-3 99.0% · 1,000 examples of the test part · evaluated ...". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The report of what is shown, the threshold included; empty while nothing is. */
    Optional<EvaluationReport> report() {
        Optional<Evaluation> e = evaluation.get();
        Optional<ConfusionMatrix> m = matrix.get();
        Optional<BinaryCurves> c = curves.get();
        return e.isEmpty() || m.isEmpty() ? Optional.empty()
                : Optional.of(new EvaluationReport(e.get(), m.get(), c, c.map(x -> threshold.get())));
    }
}
