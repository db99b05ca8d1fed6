package org.whiskerstudio.labelling.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 text: UTF-8 with or without a byte order mark, CRLF or LF line ends, fields quoted when they hold
 * commas, quotes or line breaks. Blank lines are skipped.
 */
final class CsvText {
    private static final char BOM = '\uFEFF';

    /** One record and the line it starts on (1-based; a quoted line break makes a record span lines). */
    record Row(int line, List<String> fields) {
        Row {
            fields = List.copyOf(fields);
        }
    }

    private CsvText() {
    }

    /** Decodes UTF-8, refusing bytes that are not (a Latin-1 or UTF-16 file would otherwise read as garbage). */
    static String decode(byte[] bytes, Path file) throws FormatException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new FormatException(file, "", "the file is not UTF-8 text; save it as CSV UTF-8", e);
        }
    }

    /** Splits text into records; a quote left open or followed by other text is refused with its line. */
    static List<Row> parse(String text, Path file) throws FormatException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        int n = text.length();
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0 && !fieldStarted) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new FormatException(file, "line " + quoteLine, "a quoted field is never closed");
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
                if (i < n && !isFieldEnd(text, i)) {
                    throw new FormatException(file, "line " + line,
                            "unexpected text after a closing quote; a quote inside a quoted field is written \"\"");
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\n' || (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                fields.add(field.toString());
                addUnlessBlank(rows, rowLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                i += c == '\r' ? 2 : 1;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(rows, rowLine, fields);
        }
        return List.copyOf(rows);
    }

    /** One record as a line ending in CRLF, quoting the fields that need it. */
    static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        return out.append("\r\n").toString();
    }

    /** The field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static boolean isFieldEnd(String text, int i) {
        char c = text.charAt(i);
        return c == ',' || c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
        if (fields.size() == 1 && fields.get(0).isBlank()) {
            return;
        }
        rows.add(new Row(line, fields));
    }
}
