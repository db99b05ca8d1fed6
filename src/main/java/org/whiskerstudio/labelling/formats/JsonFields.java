package org.whiskerstudio.labelling.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.whiskerstudio.common.Json;

/**
 * Reads fields of one JSON file's tree, naming the file and the place ({@code annotations[17].bbox}) in every
 * complaint. Places are built as {@code parent.field} and {@code parent[index]}; the top level is "".
 */
final class JsonFields {
    private final Path file;

    JsonFields(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Parses the whole file as a tree; a syntax error names the line and column. */
    JsonNode parse() throws FormatException, IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = Json.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new FormatException(file, place, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new FormatException(file, "", "the file is empty");
        }
        return object(root, "");
    }

    static String field(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    FormatException error(String place, String reason) {
        return new FormatException(file, place, reason);
    }

    /** The field's value, empty when it is absent or null. */
    Optional<JsonNode> optional(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    JsonNode required(JsonNode parent, String place, String name) throws FormatException {
        return optional(parent, name).orElseThrow(() -> error(field(place, name), "the field is missing"));
    }

    JsonNode object(JsonNode node, String place) throws FormatException {
        if (!node.isObject()) {
            throw error(place, "expected an object {...}, found " + describe(node));
        }
        return node;
    }

    JsonNode array(JsonNode node, String place) throws FormatException {
        if (!node.isArray()) {
            throw error(place, "expected a list [...], found " + describe(node));
        }
        return node;
    }

    JsonNode requiredArray(JsonNode parent, String place, String name) throws FormatException {
        return array(required(parent, place, name), field(place, name));
    }

    /** An absent or null list reads as an empty one. */
    JsonNode optionalArray(JsonNode parent, String place, String name) throws FormatException {
        Optional<JsonNode> value = optional(parent, name);
        return value.isPresent() ? array(value.get(), field(place, name)) : Json.mapper().createArrayNode();
    }

    String requiredText(JsonNode parent, String place, String name) throws FormatException {
        JsonNode value = required(parent, place, name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw error(field(place, name), "expected a non-empty text, found " + describe(value));
        }
        return value.asText();
    }

    /** A whole number (1 and 1.0 both count), such as an id. */
    long integer(JsonNode node, String place) throws FormatException {
        if (!isInteger(node)) {
            throw error(place, "expected a whole number, found " + describe(node));
        }
        return node.asLong();
    }

    long requiredInteger(JsonNode parent, String place, String name) throws FormatException {
        JsonNode value = required(parent, place, name);
        // Places are built only for complaints: a big COCO file asks for a million fields.
        return isInteger(value) ? value.asLong() : integer(value, field(place, name));
    }

    private static boolean isInteger(JsonNode node) {
        return node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToLong();
    }

    /** A pixel size; absent or null reads as 0 ("not said"), as {@link DatasetImage} has it. */
    int optionalSize(JsonNode parent, String place, String name) throws FormatException {
        Optional<JsonNode> value = optional(parent, name);
        if (value.isEmpty()) {
            return 0;
        }
        long size = integer(value.get(), field(place, name));
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw error(field(place, name), "expected a size in pixels, found " + size);
        }
        return (int) size;
    }

    /** A finite number: 1e309 reads as infinity in a double, and no coordinate or size may be that. */
    double number(JsonNode node, String place) throws FormatException {
        if (!node.isNumber()) {
            throw error(place, "expected a number, found " + describe(node));
        }
        double value = node.asDouble();
        if (!Double.isFinite(value)) {
            throw error(place, "the number " + node + " is too large");
        }
        return value;
    }

    /** A list of exactly {@code count} numbers, such as a COCO bbox or a labelme point. */
    double[] numbers(JsonNode node, String place, int count) throws FormatException {
        array(node, place);
        if (node.size() != count) {
            throw error(place, "expected " + count + " numbers, found " + node.size());
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = numberAt(node, i, place);
        }
        return values;
    }

    /** The number at {@code i} of a list at {@code place}. */
    double numberAt(JsonNode list, int i, String place) throws FormatException {
        return number(list.get(i), index(place, i));
    }

    static String describe(JsonNode node) {
        String text = node.toString();
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + shown;
    }
}
