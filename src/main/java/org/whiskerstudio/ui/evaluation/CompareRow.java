package org.whiskerstudio.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.evaluation.ClassMetrics;
import org.whiskerstudio.evaluation.ConfusionMatrix;

/** One class in the comparison of two runs: each run's recall and F1 on the same images. */
public record CompareRow(String name, double recallA, double recallB, double f1A, double f1B, int support) {
    public double f1Change() {
        return f1B - f1A;
    }

    /** A row per class of run A (matched by name in B; 0 where B lacks it), then accuracy and macro F1. */
    /** The rows of {@code a} beside {@code b}, filled again whenever either's matrix changes. */
    static ObservableList<CompareRow> following(EvaluationResults a, EvaluationResults b) {
        ObservableList<CompareRow> rows = FXCollections.observableArrayList();
        ChangeListener<Optional<ConfusionMatrix>> fill = (o, was, now) ->
                rows.setAll(rows(a.matrixProperty().get(), b.matrixProperty().get()));
        a.matrixProperty().addListener(fill);
        b.matrixProperty().addListener(fill);
        return rows;
    }

    static List<CompareRow> rows(Optional<ConfusionMatrix> a, Optional<ConfusionMatrix> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        List<CompareRow> rows = new ArrayList<>();
        for (int i = 0; i < a.get().size(); i++) {
            ClassMetrics ma = a.get().metrics(i);
            int j = b.get().classes().indexOf(ma.name());
            ClassMetrics mb = j < 0 ? new ClassMetrics(ma.name(), 0, 0, 0, 0, 0) : b.get().metrics(j);
            rows.add(new CompareRow(ma.name(), ma.recall(), mb.recall(), ma.f1(), mb.f1(), ma.support()));
        }
        rows.add(new CompareRow("accuracy", a.get().accuracy(), b.get().accuracy(), a.get().macro().f1(),
                b.get().macro().f1(), a.get().total()));
        return rows;
    }
}
