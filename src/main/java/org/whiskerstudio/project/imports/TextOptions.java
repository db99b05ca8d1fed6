package org.whiskerstudio.project.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How text files become text examples: a .txt file is one text (labelled by its class folder, if any); a CSV or
 * TSV table gives one text per record, from {@code textColumn}, labelled from {@code labelColumn}. An empty
 * column choice means the usual names ("label", "class", "category"; "text") or, failing those, the first column
 * as label and the next as text.
 */
public record TextOptions(Optional<String> labelColumn, Optional<String> textColumn) {
    private static final List<String> LABEL_NAMES = List.of("label", "class", "category", "labels", "target");
    private static final List<String> TEXT_NAMES = List.of("text", "message", "sentence", "content", "body", "review");

    public TextOptions {
        labelColumn = labelColumn.map(String::strip).filter(s -> !s.isEmpty());
        textColumn = textColumn.map(String::strip).filter(s -> !s.isEmpty());
    }

    public static TextOptions defaults() {
        return new TextOptions(Optional.empty(), Optional.empty());
    }

    /** The label column a header suggests, if any: a usual name, else the first column when there are two or more. */
    public static Optional<String> guessLabel(List<String> header) {
        Optional<String> named = find(header, LABEL_NAMES);
        return named.isPresent() || header.size() < 2 ? named : Optional.of(header.get(0));
    }

    /** The text column a header suggests: a usual name, else the first column that is not the label column. */
    public static Optional<String> guessText(List<String> header, Optional<String> label) {
        Optional<String> named = find(header, TEXT_NAMES);
        if (named.isPresent()) {
            return named;
        }
        return header.stream().filter(h -> label.map(l -> !l.equalsIgnoreCase(h)).orElse(true)).findFirst();
    }

    private static Optional<String> find(List<String> header, List<String> names) {
        for (String name : names) {
            for (String h : header) {
                if (h.strip().toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(h);
                }
            }
        }
        return Optional.empty();
    }
}
