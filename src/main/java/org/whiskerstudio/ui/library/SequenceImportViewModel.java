package org.whiskerstudio.ui.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.project.imports.CsvTable;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.imports.SequenceImport;
import org.whiskerstudio.project.imports.SeriesOptions;
import org.whiskerstudio.project.imports.TextOptions;

/**
 * The choices of a series or text import, with defaults read from the first file's header and first rows: a table
 * whose text column holds words is text; one with a label column is a windowed series; otherwise each file is one
 * series. {@link #plan()} is empty while a choice is missing, and {@link #problemProperty()} says which.
 */
public final class SequenceImportViewModel {
    /** What the files are. */
    public enum Mode {
        SERIES_PER_FILE("Each file is one series"),
        SERIES_WINDOWED("One long series, cut into labelled windows"),
        TEXT("Texts");

        private final String title;

        Mode(String title) {
            this.title = title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    /** Shown in a column choice for "no column". */
    public static final String NONE = "(none)";
    private static final List<String> GROUP_NAMES = List.of("id", "group", "subject", "session", "device", "sensor");

    private final ImportRequest request;
    private final boolean tables;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SERIES_PER_FILE);
    private final StringProperty labelColumn = new SimpleStringProperty(NONE);
    private final StringProperty groupColumn = new SimpleStringProperty(NONE);
    private final IntegerProperty window = new SimpleIntegerProperty(20);
    private final IntegerProperty stride = new SimpleIntegerProperty(10);
    private final ObjectProperty<SeriesOptions.LabelPolicy> policy = new SimpleObjectProperty<>(SeriesOptions.LabelPolicy.MAJORITY);
    private final StringProperty textLabelColumn = new SimpleStringProperty(NONE);
    private final StringProperty textColumn = new SimpleStringProperty(NONE);
    private final StringBinding problem;

    /**
     * @param sample the first table's start, if the files include a table ({@link CsvTable#peek})
     */
    public SequenceImportViewModel(ImportRequest request, Optional<CsvTable> sample) {
        this.request = request;
        this.tables = sample.isPresent();
        sample.ifPresent(table -> columns.setAll(table.header()));
        boolean onlyTxt = request.sources().stream().allMatch(p -> !Files.isDirectory(p)
                && name(p).endsWith(".txt"));
        Optional<String> label = sample.flatMap(t -> TextOptions.guessLabel(t.header()));
        Optional<String> text = sample.flatMap(t -> TextOptions.guessText(t.header(), label));
        textLabelColumn.set(label.orElse(NONE));
        textColumn.set(text.orElse(NONE));
        Optional<String> seriesLabel = sample.flatMap(t -> findNamed(t.header(), List.of("label", "class", "target")));
        labelColumn.set(seriesLabel.orElse(NONE));
        groupColumn.set(sample.flatMap(t -> t.header().stream().filter(SequenceImportViewModel::looksLikeGroup)
                .filter(h -> !h.equals(labelColumn.get())).findFirst()).orElse(NONE));
        sample.ifPresent(t -> features.setAll(numericColumns(t).stream()
                .filter(c -> !c.equals(labelColumn.get()) && !c.equals(groupColumn.get())).toList()));
        if (onlyTxt || sample.isEmpty() || holdsWords(sample.get(), text)) {
            mode.set(Mode.TEXT);
        } else if (seriesLabel.isPresent() && !request.folderPerClass()) {
            mode.set(Mode.SERIES_WINDOWED);
        }
        // A column is a feature, or the label, or the group: never two of these.
        labelColumn.addListener((o, a, b) -> features.remove(b));
        groupColumn.addListener((o, a, b) -> features.remove(b));
        problem = Bindings.createStringBinding(this::findProblem, mode, labelColumn, groupColumn, window, stride,
                textColumn, textLabelColumn, features);
    }

    public ImportRequest request() {
        return request;
    }

    /** Whether the files include a table (so there are columns to choose). */
    public boolean hasColumns() {
        return tables;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    /** The chosen feature columns, in header order once {@link #setFeature} is used. */
    public ObservableList<String> features() {
        return features;
    }

    public void setFeature(String column, boolean chosen) {
        if (chosen && !features.contains(column)) {
            features.setAll(columns.stream().filter(c -> c.equals(column) || features.contains(c)).toList());
            if (column.equals(labelColumn.get())) {
                labelColumn.set(NONE);
            }
            if (column.equals(groupColumn.get())) {
                groupColumn.set(NONE);
            }
        } else if (!chosen) {
            features.remove(column);
        }
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty labelColumnProperty() {
        return labelColumn;
    }

    public StringProperty groupColumnProperty() {
        return groupColumn;
    }

    public IntegerProperty windowProperty() {
        return window;
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    public ObjectProperty<SeriesOptions.LabelPolicy> policyProperty() {
        return policy;
    }

    public StringProperty textLabelColumnProperty() {
        return textLabelColumn;
    }

    public StringProperty textColumnProperty() {
        return textColumn;
    }

    /** What stops the import from starting, or "" when it can start. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The import to run, or empty while {@link #problemProperty()} names something missing. */
    public Optional<SequenceImport> plan() {
        if (!findProblem().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (mode.get()) {
            case TEXT -> new SequenceImport.OfText(request, new TextOptions(chosen(textLabelColumn), chosen(textColumn)));
            case SERIES_PER_FILE -> new SequenceImport.OfSeries(request, new SeriesOptions(
                    List.copyOf(features), Optional.empty(), Map.of()));
            case SERIES_WINDOWED -> new SequenceImport.OfSeries(request, SeriesOptions.windowed(List.copyOf(features),
                    new SeriesOptions.Windows(labelColumn.get(), window.get(), stride.get(), chosen(groupColumn),
                            policy.get())));
        });
    }

    private String findProblem() {
        switch (mode.get()) {
            case TEXT -> {
                if (tables && NONE.equals(textColumn.get())) {
                    return "Choose the column that holds the texts.";
                }
                if (tables && textColumn.get().equals(textLabelColumn.get())) {
                    return "The label and the text must be different columns.";
                }
                return "";
            }
            case SERIES_WINDOWED -> {
                if (NONE.equals(labelColumn.get())) {
                    return "Choose the column that labels each row.";
                }
                if (window.get() < 1 || stride.get() < 1) {
                    return "Window and stride are at least 1 row.";
                }
                if (labelColumn.get().equals(groupColumn.get())) {
                    return "The label and the group must be different columns.";
                }
                return tables && features.isEmpty() ? "Choose at least one feature column." : "";
            }
            default -> {
                return tables && features.isEmpty() ? "Choose at least one feature column." : "";
            }
        }
    }

    private static Optional<String> chosen(StringProperty column) {
        return NONE.equals(column.get()) ? Optional.empty() : Optional.of(column.get());
    }

    private static List<String> numericColumns(CsvTable table) {
        return table.header().stream().filter(h -> {
            int c = table.header().indexOf(h);
            return !table.rows().isEmpty() && table.rows().stream().limit(50)
                    .allMatch(r -> r.fields().size() > c && isNumber(r.fields().get(c)));
        }).toList();
    }

    private static boolean isNumber(String cell) {
        try {
            return Float.isFinite(Float.parseFloat(cell.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether the text column's first cells read like words (several of them, with spaces), not values. */
    private static boolean holdsWords(CsvTable table, Optional<String> text) {
        if (text.isEmpty()) {
            return false;
        }
        int c = table.header().indexOf(text.get());
        return table.rows().stream().limit(20).anyMatch(r -> r.fields().size() > c
                && r.fields().get(c).strip().contains(" ") && !isNumber(r.fields().get(c)));
    }

    private static boolean looksLikeGroup(String column) {
        String n = column.strip().toLowerCase(Locale.ROOT);
        return GROUP_NAMES.stream().anyMatch(g -> n.equals(g) || n.endsWith("_" + g));
    }

    private static Optional<String> findNamed(List<String> header, List<String> names) {
        return header.stream().filter(h -> names.contains(h.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    private static String name(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
