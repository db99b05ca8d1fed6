package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The class names YOLO label numbers refer to: {@code classes.txt} (one name per line, darknet and labelImg) or the
 * {@code names:} of an Ultralytics {@code data.yaml}; both are written, classes.txt is read first.
 */
final class YoloClasses {
    static final String CLASSES_TXT = "classes.txt";
    static final String DATA_YAML = "data.yaml";

    private YoloClasses() {
    }

    /** The names in id order; refuses a dataset that names no classes, or names one twice. */
    static List<String> read(Path root) throws FormatException, IOException {
        // labelImg saves classes.txt next to the label files.
        for (Path txt : List.of(root.resolve(CLASSES_TXT), root.resolve("labels").resolve(CLASSES_TXT))) {
            if (Files.isRegularFile(txt)) {
                return fromClassesTxt(txt);
            }
        }
        for (Path yaml : List.of(root.resolve(DATA_YAML), root.resolve("data.yml"))) {
            if (Files.isRegularFile(yaml)) {
                List<String> names = YoloYamlNames.read(yaml);
                return checked(yaml, names, i -> "names: " + i);
            }
        }
        throw new FormatException(root, "", "has no " + CLASSES_TXT + " or " + DATA_YAML
                + " with names:; YOLO labels hold class numbers and one of these files gives their names");
    }

    static void write(Path out, List<String> classes, List<Split> splits) throws IOException {
        StringBuilder txt = new StringBuilder();
        classes.forEach(name -> txt.append(name).append('\n'));
        Files.writeString(out.resolve(CLASSES_TXT), txt, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(DATA_YAML), dataYaml(classes, splits), StandardCharsets.UTF_8);
    }

    /** Refuses names that classes.txt or a label line cannot hold. */
    static void checkWritable(List<String> classes) throws IOException {
        for (String name : classes) {
            if (name.isBlank() || name.contains("\n") || name.contains("\r")) {
                throw new IOException("cannot write YOLO classes.txt: the class name \"" + name
                        + "\" is empty or has a line break");
            }
        }
    }

    private static String dataYaml(List<String> classes, List<Split> splits) {
        StringBuilder yaml = new StringBuilder("# Written by Whisker Studio. Paths are relative to this file's folder.\n");
        if (splits.isEmpty()) {
            yaml.append("# Not split: training and validation both see every image.\n");
            yaml.append("train: images\nval: images\n");
        } else {
            for (Split split : splits) {
                yaml.append(split.folderName()).append(": images/").append(split.folderName()).append('\n');
            }
        }
        yaml.append("nc: ").append(classes.size()).append("\nnames:\n");
        for (int i = 0; i < classes.size(); i++) {
            String quoted = classes.get(i).replace("\\", "\\\\").replace("\"", "\\\"");
            yaml.append("  ").append(i).append(": \"").append(quoted).append("\"\n");
        }
        return yaml.toString();
    }

    private static List<String> fromClassesTxt(Path file) throws FormatException, IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (!lines.isEmpty()) {
            lines.set(0, lines.get(0).replace("\uFEFF", ""));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        List<String> names = lines.stream().map(String::strip).toList();
        return checked(file, names, i -> "line " + (i + 1));
    }

    private static List<String> checked(Path file, List<String> names, IntFunction<String> place)
            throws FormatException {
        if (names.isEmpty()) {
            throw new FormatException(file, "", "names no classes");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw new FormatException(file, place.apply(i),
                        "the class name is empty; class " + i + " would have no name");
            }
            Integer before = seen.putIfAbsent(name, i);
            if (before != null) {
                throw new FormatException(file, place.apply(i),
                        "\"" + name + "\" is named twice (class " + before + " and class " + i + ")");
            }
        }
        return List.copyOf(names);
    }
}
