package org.whiskerstudio.labelling.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.whiskerstudio.project.imports.CsvTable;

/**
 * RFC 4180 text for the annotation CSV format: UTF-8 with or without a byte order mark, CRLF or LF line ends,
 * fields quoted when they hold commas, quotes or line breaks; blank lines are skipped. Records are read by
 * {@link CsvTable#records}, the grammar the series and text import uses too.
 */
public final class CsvText {
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

    /** Splits text into records (the studio's one CSV grammar); a quote left open or followed by other text is refused with its line. */
    static List<Row> parse(String text, Path file) throws FormatException {
        try {
            return CsvTable.records(text, ',').stream().map(r -> new Row(r.line(), r.fields())).toList();
        } catch (CsvTable.Malformed e) {
            throw new FormatException(file, "line " + e.line(), e.reason());
        }
    }

    /** One record as a line ending in CRLF, quoting the fields that need it. */
    public static String line(List<String> fields) {
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
}
