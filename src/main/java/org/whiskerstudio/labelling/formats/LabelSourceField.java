package org.whiskerstudio.labelling.formats;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.whiskerstudio.labelling.LabelSource;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Label provenance in dataset files, the same fields in every format: {@code source} (typed, suggested, imported,
 * generated, unknown), then {@code run} (suggested, generated), {@code probability} (suggested) or {@code format}
 * (imported), and nothing else. COCO and labelme carry them as a JSON object named {@value #NAME}, VOC as the
 * attributes of a {@code <whisker_label_source/>} element, CSV and the sidecar file of YOLO and folder-per-class as
 * text ({@code suggested run=3 probability=0.93}). Files come from strangers: values are checked strictly, a bad one
 * is a {@link FormatException} naming the file and the label.
 */
final class LabelSourceField {
    /** The extension field's name, wherever a format has room for one. */
    static final String NAME = "whisker_label_source";
    static final String SOURCE = "source";
    static final String RUN = "run";
    static final String PROBABILITY = "probability";
    static final String FORMAT = "format";
    /** Longer text is not provenance: refused before it is looked at. */
    static final int MAX_TEXT = 200;
    private static final Pattern FORMAT_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private LabelSourceField() {
    }

    /** The fields in writing order, values as text. */
    static Map<String, String> fields(LabelSource source) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(SOURCE, source.key());
        if (source instanceof LabelSource.Suggested s) {
            out.put(RUN, Long.toString(s.runId()));
            out.put(PROBABILITY, DecimalText.exact(s.probability()));
        } else if (source instanceof LabelSource.Generated g) {
            out.put(RUN, Long.toString(g.runId()));
        } else if (source instanceof LabelSource.Imported i) {
            out.put(FORMAT, i.format());
        }
        return out;
    }

    /** The text form: the source, then {@code name=value} pairs ("suggested run=3 probability=0.93"). */
    static String text(LabelSource source) {
        StringBuilder out = new StringBuilder(source.key());
        fields(source).forEach((name, value) -> {
            if (!name.equals(SOURCE)) {
                out.append(' ').append(name).append('=').append(value);
            }
        });
        return out.toString();
    }

    /** Reads the text form; {@code place} names the label in complaints. */
    static LabelSource parseText(String text, Path file, String place) throws FormatException {
        if (text.length() > MAX_TEXT) {
            throw bad(file, place, "is longer than " + MAX_TEXT + " characters");
        }
        String[] words = text.strip().split("\\s+");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(SOURCE, words[0]);
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq <= 0) {
                throw bad(file, place, "\"" + words[i] + "\" is not name=value");
            }
            if (fields.put(words[i].substring(0, eq), words[i].substring(eq + 1)) != null) {
                throw bad(file, place, "names " + words[i].substring(0, eq) + " twice");
            }
        }
        return parse(fields, file, place);
    }

    /** Reads the fields (text values); anything missing, unknown or out of range is refused. */
    static LabelSource parse(Map<String, String> fields, Path file, String place) throws FormatException {
        String key = fields.getOrDefault(SOURCE, "");
        LabelSource source = switch (key) {
            case "typed" -> new LabelSource.Typed();
            case "unknown" -> new LabelSource.Unknown();
            case "suggested" -> new LabelSource.Suggested(run(fields, file, place), probability(fields, file, place));
            case "generated" -> new LabelSource.Generated(run(fields, file, place));
            case "imported" -> new LabelSource.Imported(format(fields, file, place));
            default -> throw bad(file, place, key.isEmpty() ? "has no " + SOURCE
                    : SOURCE + " \"" + shown(key) + "\" is not typed, suggested, imported, generated or unknown");
        };
        for (String name : fields.keySet()) {
            if (!fields(source).containsKey(name)) {
                throw bad(file, place, "has \"" + shown(name) + "\", which a " + key + " label does not have");
            }
        }
        return source;
    }

    private static long run(Map<String, String> fields, Path file, String place) throws FormatException {
        String text = required(fields, RUN, file, place);
        try {
            long run = Long.parseLong(text);
            if (run > 0) {
                return run;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value
        }
        throw bad(file, place, RUN + " \"" + shown(text) + "\" is not a run id (a whole number above 0)");
    }

    private static double probability(Map<String, String> fields, Path file, String place) throws FormatException {
        String text = required(fields, PROBABILITY, file, place);
        OptionalDouble p = DecimalText.parse(text);
        if (p.isEmpty() || p.getAsDouble() < 0 || p.getAsDouble() > 1) {
            throw bad(file, place, PROBABILITY + " \"" + shown(text) + "\" is not a number from 0 to 1");
        }
        return p.getAsDouble();
    }

    private static String format(Map<String, String> fields, Path file, String place) throws FormatException {
        String text = required(fields, FORMAT, file, place);
        if (!FORMAT_ID.matcher(text).matches()) {
            throw bad(file, place, FORMAT + " \"" + shown(text) + "\" is not a format id (letters, digits, . _ -)");
        }
        return text;
    }

    private static String required(Map<String, String> fields, String name, Path file, String place)
            throws FormatException {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw bad(file, place, "has no " + name);
        }
        return value.strip();
    }

    private static FormatException bad(Path file, String place, String reason) {
        return new FormatException(file, place, NAME + " " + reason);
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    /** Appends {@code <whisker_label_source source=... />} to {@code parent} when the source is known. */
    static void putXml(Element parent, Optional<LabelSource> source) {
        source.ifPresent(s -> {
            Element field = SafeXml.append(parent, NAME);
            fields(s).forEach(field::setAttribute);
        });
    }

    /** The source of {@code parent}'s {@code <whisker_label_source/>} child, when it has one (at most one). */
    static Optional<LabelSource> readXml(Element parent, Path file, String place) throws FormatException {
        List<Element> found = SafeXml.children(parent, NAME);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String at = place + " <" + NAME + ">";
        if (found.size() > 1) {
            throw new FormatException(file, at, "appears " + found.size() + " times; a label has one source");
        }
        NamedNodeMap attributes = found.get(0).getAttributes();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (a.getNodeValue().length() > MAX_TEXT) {
                throw bad(file, at, a.getNodeName() + " is longer than " + MAX_TEXT + " characters");
            }
            fields.put(a.getNodeName(), a.getNodeValue());
        }
        return Optional.of(parse(fields, file, at));
    }
}
