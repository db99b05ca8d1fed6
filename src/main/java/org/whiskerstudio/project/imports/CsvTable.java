package org.whiskerstudio.project.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.project.sequences.TextExample;

/**
 * A delimited text table read whole: strict UTF-8 with or without a byte order mark, CRLF or LF line ends,
 * RFC 4180 quoting (a quoted field may hold the delimiter, doubled quotes and line breaks); blank lines are
 * skipped. The first record is the header. Errors name the file and the line. The annotation CSV reader in
 * labelling/formats reads its records with {@link #records} too, so there is one CSV grammar in the studio.
 *
 * @param rows the records after the header, each with the 1-based line it starts on
 */
public record CsvTable(Path file, List<String> header, List<Row> rows) {
    /** The largest table read: bigger files are refused before they are read. */
    public static final long MAX_BYTES = 64L << 20;

    /** One record and the line it starts on. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The delimiter a file's name suggests: tab for .tsv and .tab, else comma. */
    public static char delimiterOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tsv") || name.endsWith(".tab") ? '\t' : ',';
    }

    /** Reads a table, refusing a file over {@code maxBytes}, an empty one, non-UTF-8 bytes and bad quoting. */
    public static CsvTable read(Path file, long maxBytes) throws SequenceUnreadable {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new SequenceUnreadable(file, "the file is " + size(size) + ", more than the limit of "
                        + size(maxBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SequenceUnreadable(file, "cannot be read (" + e.getMessage() + ")");
        }
        return parse(file, TextExample.decode(file, bytes), delimiterOf(file));
    }

    /**
     * The header and first rows of a file, from its first {@code prefixBytes} only (for choosing columns before an
     * import, without reading a big file whole); empty when the start of the file is not a readable table.
     */
    public static Optional<CsvTable> peek(Path file, int prefixBytes) {
        try (var in = Files.newInputStream(file)) {
            byte[] prefix = in.readNBytes(prefixBytes);
            int end = prefix.length;
            if (in.read() >= 0) {
                // Cut at the last line break so no record (and no UTF-8 character) is cut in two.
                while (end > 0 && prefix[end - 1] != '\n') {
                    end--;
                }
            }
            String text = TextExample.decode(file, Arrays.copyOf(prefix, end));
            return Optional.of(parse(file, text, delimiterOf(file)));
        } catch (IOException | SequenceUnreadable e) {
            return Optional.empty();
        }
    }

    /** A record that breaks the grammar: the line it is on and what is wrong; callers name the file their way. */
    public static final class Malformed extends Exception {
        private final int line;
        private final String reason;

        Malformed(int line, String reason) {
            super("line " + line + ": " + reason);
            this.line = line;
            this.reason = reason;
        }

        public int line() {
            return line;
        }

        public String reason() {
            return reason;
        }
    }

    /** All records of a text (a byte order mark at its start is dropped), each with the line it starts on. */
    public static List<Row> records(String rawText, char delimiter) throws Malformed {
        String text = !rawText.isEmpty() && rawText.charAt(0) == '\uFEFF' ? rawText.substring(1) : rawText;
        return List.copyOf(new Parser(text, delimiter).records());
    }

    public static CsvTable parse(Path file, String rawText, char delimiter) throws SequenceUnreadable {
        List<Row> records;
        try {
            records = records(rawText, delimiter);
        } catch (Malformed e) {
            throw new SequenceUnreadable(file, e.getMessage());
        }
        if (records.isEmpty()) {
            throw new SequenceUnreadable(file, "the file is empty");
        }
        List<String> header = records.get(0).fields().stream().map(String::strip).toList();
        return new CsvTable(file, header, records.subList(1, records.size()));
    }

    /** The index of a column by name (case-insensitive), if the header has it. */
    public Optional<Integer> column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name.strip())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The index of a required column, or a message naming the columns the file has. */
    public int requireColumn(String name, String role) throws SequenceUnreadable {
        return column(name).orElseThrow(() -> new SequenceUnreadable(file, "line 1: no " + role + " column \"" + name
                + "\"; the header has " + String.join(", ", header)));
    }

    /** Refuses the first record whose field count differs from the header's (a ragged row). */
    public void requireRectangular() throws SequenceUnreadable {
        for (Row row : rows) {
            if (row.fields().size() != header.size()) {
                throw new SequenceUnreadable(file, "line " + row.line() + ": " + row.fields().size()
                        + " fields, the header has " + header.size());
            }
        }
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The RFC 4180 state machine. */
    private static final class Parser {
        private final String text;
        private final char delimiter;
        private final List<Row> rows = new ArrayList<>();
        private List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean fieldStarted;
        private int line = 1;
        private int rowLine = 1;

        Parser(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        List<Row> records() throws Malformed {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '"' && field.length() == 0 && !fieldStarted) {
                    i = quoted(i + 1);
                } else if (c == delimiter) {
                    endField();
                    i++;
                } else if (c == '\n' || c == '\r') {
                    endField();
                    endRecord();
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    rowLine = line;
                } else {
                    field.append(c);
                    fieldStarted = true;
                    i++;
                }
            }
            if (fieldStarted || !fields.isEmpty()) {
                endField();
                endRecord();
            }
            return rows;
        }

        private int quoted(int start) throws Malformed {
            int quoteLine = line;
            int n = text.length();
            int i = start;
            while (true) {
                if (i >= n) {
                    throw new Malformed(quoteLine, "a quoted field is never closed");
                }
                char q = text.charAt(i);
                if (q == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                } else if (q == '"') {
                    i++;
                    break;
                } else {
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
            }
            fieldStarted = true;
            if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                throw new Malformed(line, "text after a closing quote; a quote inside a quoted field is written \"\"");
            }
            return i;
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
            fieldStarted = false;
        }

        private void endRecord() {
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                rows.add(new Row(rowLine, fields));
            }
            fields = new ArrayList<>();
        }
    }
}
