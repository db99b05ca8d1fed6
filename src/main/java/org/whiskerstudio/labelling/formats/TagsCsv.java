package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Whisker Studio side file, {@code tags.csv}, for formats with no image-level labels: a header
 * {@code image,tag}, then one row per tag with the image's path in the dataset (RFC 4180 quoting).
 */
final class TagsCsv {
    static final String FILE_NAME = "tags.csv";
    private static final String HEADER = "image,tag";

    private TagsCsv() {
    }

    /** Writes the tags of every image that has any; nothing at all when no image has tags. */
    static void write(Path file, List<String> paths, List<DatasetImage> images) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        boolean any = false;
        for (int i = 0; i < images.size(); i++) {
            for (String tag : images.get(i).tags()) {
                csv.append(field(paths.get(i))).append(',').append(field(tag)).append('\n');
                any = true;
            }
        }
        if (any) {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        }
    }

    /** Tags by image path, in file order; refuses rows for images not in {@code images}. */
    static Map<String, List<String>> read(Path file, Set<String> images) throws FormatException, IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(0).replace("\uFEFF", "") : lines.get(i);
            if (line.isBlank() || (i == 0 && line.strip().equals(HEADER))) {
                continue;
            }
            List<String> fields = fields(file, "line " + (i + 1), line);
            if (fields.size() != 2 || fields.get(0).isBlank() || fields.get(1).isBlank()) {
                throw new FormatException(file, "line " + (i + 1), "expected two values, image and tag");
            }
            String image = fields.get(0).strip();
            if (!images.contains(image)) {
                throw new FormatException(file, "line " + (i + 1), "names the image \"" + image
                        + "\", which is not in the dataset");
            }
            List<String> ofImage = tags.computeIfAbsent(image, k -> new ArrayList<>());
            if (!ofImage.contains(fields.get(1).strip())) {
                ofImage.add(fields.get(1).strip());
            }
        }
        return tags;
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static List<String> fields(Path file, String place, String line) throws FormatException {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                current.append('"');
                i++;
            } else if (c == '"' && (quoted || current.isEmpty())) {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new FormatException(file, place, "a quoted value has no closing quote");
        }
        fields.add(current.toString());
        return fields;
    }
}
