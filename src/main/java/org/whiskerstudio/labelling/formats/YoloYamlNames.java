package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code names:} of an Ultralytics data.yaml, without a YAML library: a flow list ({@code names: [cat, dog]}),
 * a block list ({@code - cat}) or a map by id ({@code 0: cat}), with plain, single- or double-quoted names.
 * Anything else in the file is ignored.
 */
final class YoloYamlNames {
    private static final Pattern NAMES = Pattern.compile("^names\\s*:(.*)$");
    private static final Pattern ID = Pattern.compile("\\d{1,6}");

    private final Path file;
    private final List<String> items = new ArrayList<>();
    private final TreeMap<Integer, String> byId = new TreeMap<>();

    private YoloYamlNames(Path file) {
        this.file = file;
    }

    static List<String> read(Path file) throws FormatException, IOException {
        return new YoloYamlNames(file).parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private List<String> parse(List<String> lines) throws FormatException {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NAMES.matcher(lines.get(i));
            if (m.matches()) {
                return names(lines, i, withoutComment(m.group(1)).strip());
            }
        }
        throw new FormatException(file, "", "has no names: list");
    }

    private List<String> names(List<String> lines, int at, String rest) throws FormatException {
        String place = "line " + (at + 1);
        if (rest.startsWith("[") || rest.startsWith("{")) {
            StringBuilder flow = new StringBuilder(rest);
            char close = rest.charAt(0) == '[' ? ']' : '}';
            for (int j = at + 1; indexOutsideQuotes(flow, close) < 0 && j < lines.size(); j++) {
                flow.append(' ').append(withoutComment(lines.get(j)).strip());
            }
            int end = indexOutsideQuotes(flow, close);
            if (end < 0) {
                throw new FormatException(file, place, "the names list has no closing " + close);
            }
            for (String entry : splitOutsideQuotes(flow.substring(1, end), ',')) {
                if (!entry.isBlank()) {
                    entry(entry.strip(), close == '}', place);
                }
            }
        } else if (!rest.isEmpty()) {
            throw new FormatException(file, place, "names: must be a list or a map from class number to name");
        } else {
            for (int j = at + 1; j < lines.size() && continuesBlock(lines.get(j)); j++) {
                String text = withoutComment(lines.get(j)).strip();
                if (!text.isEmpty()) {
                    entry(text, !text.startsWith("-"), "line " + (j + 1));
                }
            }
        }
        return collected(place);
    }

    private void entry(String text, boolean mapEntry, String place) throws FormatException {
        if (!mapEntry) {
            items.add(scalar(text.startsWith("-") ? text.substring(1).strip() : text, place));
            return;
        }
        List<String> parts = splitOutsideQuotes(text, ':');
        String key = parts.get(0).strip();
        if (parts.size() < 2 || !ID.matcher(key).matches()) {
            throw new FormatException(file, place, "expected \"number: name\", found \"" + text + "\"");
        }
        String value = String.join(":", parts.subList(1, parts.size())).strip();
        if (byId.put(Integer.parseInt(key), scalar(value, place)) != null) {
            throw new FormatException(file, place, "class " + key + " is named twice");
        }
    }

    private List<String> collected(String place) throws FormatException {
        if (!items.isEmpty() && !byId.isEmpty()) {
            throw new FormatException(file, place, "names: mixes a list with numbered names");
        }
        if (byId.isEmpty()) {
            return List.copyOf(items);
        }
        for (int id = 0; id < byId.size(); id++) {
            if (!byId.containsKey(id)) {
                throw new FormatException(file, place, "names: has no class " + id + "; numbers must run from 0 without gaps");
            }
        }
        return List.copyOf(byId.values());
    }

    /** A block list may sit at the key's own indentation ("- cat"); a map's entries are indented. */
    private static boolean continuesBlock(String line) {
        return line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("-") || line.startsWith("#");
    }

    private String scalar(String text, String place) throws FormatException {
        if (text.startsWith("\"") || text.startsWith("'")) {
            char quote = text.charAt(0);
            StringBuilder value = new StringBuilder();
            for (int i = 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote == '"' && c == '\\' && i + 1 < text.length()) {
                    value.append(text.charAt(++i));
                } else if (quote == '\'' && c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    value.append(c);
                    i++;
                } else if (c == quote) {
                    return value.toString();
                } else {
                    value.append(c);
                }
            }
            throw new FormatException(file, place, "the name " + text + " has no closing quote");
        }
        return text.strip();
    }

    /** Cuts a YAML comment: "#" at the start or after a blank, outside quotes. */
    private static String withoutComment(String line) {
        boolean[] quoted = quoted(line);
        for (int i = 0; i < line.length(); i++) {
            if (!quoted[i] && line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        boolean[] quoted = quoted(text);
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!quoted[i] && text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int indexOutsideQuotes(CharSequence text, char wanted) {
        String s = text.toString();
        boolean[] quoted = quoted(s);
        for (int i = 0; i < s.length(); i++) {
            if (!quoted[i] && s.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** Which characters are inside a quoted scalar. A quote only opens one at a scalar's start ("cat's" is plain). */
    private static boolean[] quoted(String text) {
        boolean[] mask = new boolean[text.length()];
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                mask[i] = true;
                boolean escape = quote == '"' && c == '\\';
                boolean doubled = quote == '\'' && c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
                if ((escape || doubled) && i + 1 < text.length()) {
                    mask[++i] = true;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && opensScalar(text, i)) {
                quote = c;
                mask[i] = true;
            }
        }
        return mask;
    }

    private static boolean opensScalar(String text, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < 0 || "[{,:-".indexOf(text.charAt(j)) >= 0;
    }
}
