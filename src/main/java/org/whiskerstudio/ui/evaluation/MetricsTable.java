package org.whiskerstudio.ui.evaluation;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Tables of numbers: per-class metrics with averages, and the comparison of two runs. */
final class MetricsTable {
    private MetricsTable() {
    }

    static TableView<MetricRow> metrics(ObservableList<MetricRow> rows) {
        TableView<MetricRow> table = new TableView<>(rows);
        table.setId("evaluation-metrics");
        table.getColumns().add(text("Class", MetricRow::name, 160));
        table.getColumns().add(number("Precision", MetricRow::precision));
        table.getColumns().add(number("Recall", MetricRow::recall));
        table.getColumns().add(number("F1", MetricRow::f1));
        TableColumn<MetricRow, String> support = text("Support", r -> Integer.toString(r.support()), 70);
        support.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(support);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MetricRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("average-row");
                if (!empty && item != null && item.average()) {
                    getStyleClass().add("average-row");
                }
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Evaluate a run to see its metrics."));
        return table;
    }

    static TableView<CompareRow> compare(ObservableList<CompareRow> rows) {
        TableView<CompareRow> table = new TableView<>(rows);
        table.setId("evaluation-compare-table");
        table.getColumns().add(text("Class", CompareRow::name, 150));
        table.getColumns().add(number("Recall A", CompareRow::recallA));
        table.getColumns().add(number("Recall B", CompareRow::recallB));
        table.getColumns().add(number("F1 A", CompareRow::f1A));
        table.getColumns().add(number("F1 B", CompareRow::f1B));
        TableColumn<CompareRow, Number> change = new TableColumn<>("F1 B-A");
        change.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().f1Change()));
        change.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll("better", "worse");
                setText(empty || v == null ? "" : String.format(Locale.ROOT, "%+.3f", v.doubleValue()));
                if (!empty && v != null && Math.abs(v.doubleValue()) >= 0.0005) {
                    getStyleClass().add(v.doubleValue() > 0 ? "better" : "worse");
                }
            }
        });
        table.getColumns().add(change);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Choose a second run to compare with."));
        return table;
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static <R> TableColumn<R, Number> number(String title, Function<R, Double> value) {
        TableColumn<R, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? "" : String.format(Locale.ROOT, "%.3f", v.doubleValue()));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(80);
        c.setSortable(false);
        return c;
    }
}
