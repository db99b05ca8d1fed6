package org.whiskerstudio.labelling.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.labelling.LabelSource;

/**
 * {@link LabelSourceField} in the JSON formats (COCO, labelme): a label's provenance as the object
 * {@code "whisker_label_source": {"source": "suggested", "run": 3, "probability": 0.93}} on the label, and an image's
 * tags' provenance as {@code "whisker_tag_sources": {"cat": {...}}} on the image (tags are plain names there).
 */
final class LabelSourceJson {
    /** On an image: the provenance of its tags, by class name. */
    static final String TAG_SOURCES = "whisker_tag_sources";
    /** More fields than a source has: not provenance. */
    private static final int MAX_FIELDS = 4;

    private LabelSourceJson() {
    }

    /** Puts {@code source}, when known, on {@code label} under {@link LabelSourceField#NAME}. */
    static void put(ObjectNode label, Optional<LabelSource> source) {
        source.ifPresent(s -> label.set(LabelSourceField.NAME, object(s)));
    }

    /** Puts the known sources of {@code tags} on {@code image}, in tag order. */
    static void putTags(ObjectNode image, Collection<String> tags, Map<String, LabelSource> sources) {
        ObjectNode byTag = Json.mapper().createObjectNode();
        tags.stream().filter(sources::containsKey).forEach(tag -> byTag.set(tag, object(sources.get(tag))));
        if (!byTag.isEmpty()) {
            image.set(TAG_SOURCES, byTag);
        }
    }

    private static ObjectNode object(LabelSource source) {
        ObjectNode node = Json.mapper().createObjectNode();
        LabelSourceField.fields(source).forEach((name, value) -> {
            if (name.equals(LabelSourceField.RUN)) {
                node.put(name, Long.parseLong(value));
            } else if (name.equals(LabelSourceField.PROBABILITY)) {
                node.put(name, Double.parseDouble(value));
            } else {
                node.put(name, value);
            }
        });
        return node;
    }

    /** The label's provenance when it carries the field; a malformed one is refused. */
    static Optional<LabelSource> read(JsonFields json, JsonNode label, String place) throws FormatException {
        Optional<JsonNode> field = json.optional(label, LabelSourceField.NAME);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(json, field.get(), JsonFields.field(place, LabelSourceField.NAME)));
    }

    /** The image's tags' provenance; a source for a tag the image does not have is refused. */
    static Map<String, LabelSource> readTags(JsonFields json, JsonNode image, String place, Collection<String> tags)
            throws FormatException {
        Optional<JsonNode> field = json.optional(image, TAG_SOURCES);
        if (field.isEmpty()) {
            return Map.of();
        }
        String at = JsonFields.field(place, TAG_SOURCES);
        json.object(field.get(), at);
        Map<String, LabelSource> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = field.get().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String tagPlace = JsonFields.field(at, e.getKey());
            if (!tags.contains(e.getKey())) {
                throw json.error(tagPlace, "the image has no tag \"" + e.getKey() + "\"");
            }
            out.put(e.getKey(), parse(json, e.getValue(), tagPlace));
        }
        return out;
    }

    private static LabelSource parse(JsonFields json, JsonNode node, String place) throws FormatException {
        json.object(node, place);
        if (node.size() > MAX_FIELDS) {
            throw json.error(place, LabelSourceField.NAME + " has " + node.size() + " fields; a source has at most "
                    + MAX_FIELDS);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            if (!value.isTextual() && !value.isNumber()) {
                throw json.error(JsonFields.field(place, e.getKey()), "expected a text or a number, found "
                        + JsonFields.describe(value));
            }
            fields.put(e.getKey(), value.asText());
        }
        return LabelSourceField.parse(fields, json.file(), place);
    }
}
