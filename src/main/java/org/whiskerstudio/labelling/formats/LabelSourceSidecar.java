package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.labelling.LabelSource;

/**
 * {@value #FILE_NAME}: label provenance beside a dataset whose files have no room for it. A YOLO label line must
 * stay plain YOLO for every other tool, and a folder per class has no annotation file at all; so the provenance goes
 * to this CSV at the dataset's root, which those tools ignore. Header {@code image,label,class,source}: the image's
 * path in the dataset, {@code tag} or the region's number among the image's regions (1-based; in YOLO its line in
 * the label file), the class (checked on reading, so a label file edited since cannot take another label's source)
 * and {@link LabelSourceField}'s text. Only labels with a known source have a row; no file is written when none has.
 */
final class LabelSourceSidecar {
    static final String FILE_NAME = "whisker_label_sources.csv";
    static final String TAG = "tag";
    private static final List<String> HEADER = List.of("image", "label", "class", "source");
    /** Far more than any real dataset's provenance: a bigger file is refused unread. */
    private static final long MAX_BYTES = 256L << 20;

    /** One label's provenance; {@code label} is {@value #TAG} or a region's 1-based number. */
    record Row(String image, String label, String className, LabelSource source) {
    }

    private LabelSourceSidecar() {
    }

    /** The rows for the known sources of {@code image}'s labels, written under {@code path}. */
    static List<Row> rows(String path, DatasetImage image) {
        List<Row> rows = new ArrayList<>();
        for (String tag : image.tags()) {
            Optional.ofNullable(image.tagSources().get(tag)).ifPresent(s -> rows.add(new Row(path, TAG, tag, s)));
        }
        for (int i = 0; i < image.shapes().size(); i++) {
            DatasetShape shape = image.shapes().get(i);
            String number = Integer.toString(i + 1);
            shape.source().ifPresent(s -> rows.add(new Row(path, number, shape.className(), s)));
        }
        return rows;
    }

    /** Writes the rows into {@code root}; nothing when there are none. */
    static void write(Path root, List<Row> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(CsvText.line(HEADER));
        for (Row row : rows) {
            csv.append(CsvText.line(List.of(row.image(), row.label(), row.className(),
                    LabelSourceField.text(row.source()))));
        }
        Files.writeString(root.resolve(FILE_NAME), csv, StandardCharsets.UTF_8);
    }

    /**
     * The images with the sources {@code root}'s sidecar gives their labels; unchanged without a sidecar. A row
     * for an image, tag or region the dataset does not have, or a malformed source, is refused with its line.
     */
    static List<DatasetImage> apply(Path root, List<DatasetImage> images) throws FormatException, IOException {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return images;
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new FormatException(file, "", "is larger than " + (MAX_BYTES >> 20) + " MB; it cannot be provenance");
        }
        List<CsvText.Row> rows = CsvText.parse(CsvText.decode(Files.readAllBytes(file), file), file);
        Map<String, Integer> byPath = new HashMap<>();
        List<List<Optional<LabelSource>>> sources = new ArrayList<>();
        for (DatasetImage image : images) {
            byPath.put(image.path(), sources.size());
            sources.add(new ArrayList<>(image.sourcesInOrder()));
        }
        for (CsvText.Row row : rows) {
            if (row.line() == rows.get(0).line() && row.fields().equals(HEADER)) {
                continue;
            }
            String place = "line " + row.line();
            if (row.fields().size() != HEADER.size()) {
                throw new FormatException(file, place, "expected 4 values (" + String.join(",", HEADER) + "), found "
                        + row.fields().size());
            }
            Integer at = byPath.get(row.fields().get(0));
            if (at == null) {
                throw new FormatException(file, place, "names the image \"" + row.fields().get(0)
                        + "\", which is not in the dataset");
            }
            int index = index(images.get(at), row.fields().get(1), row.fields().get(2), file, place);
            if (sources.get(at).get(index).isPresent()) {
                throw new FormatException(file, place, "gives a second source for the same label");
            }
            sources.get(at).set(index, Optional.of(LabelSourceField.parseText(row.fields().get(3), file, place)));
        }
        List<DatasetImage> out = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            out.add(images.get(i).withSourcesInOrder(sources.get(i)));
        }
        return out;
    }

    /** The label's place in {@link DatasetImage#sourcesInOrder()}, checked against its class. */
    private static int index(DatasetImage image, String label, String className, Path file, String place)
            throws FormatException {
        if (label.equals(TAG)) {
            int tag = image.tags().indexOf(className);
            if (tag < 0) {
                throw new FormatException(file, place, "\"" + image.path() + "\" has no tag \"" + className + "\"");
            }
            return tag;
        }
        int number;
        try {
            number = Integer.parseInt(label);
        } catch (NumberFormatException e) {
            throw new FormatException(file, place, "label \"" + label + "\" is neither tag nor a region number", e);
        }
        if (number < 1 || number > image.shapes().size()) {
            throw new FormatException(file, place, "\"" + image.path() + "\" has " + image.shapes().size()
                    + " regions, not a region " + label);
        }
        if (!image.shapes().get(number - 1).className().equals(className)) {
            throw new FormatException(file, place, "region " + number + " of \"" + image.path() + "\" is \""
                    + image.shapes().get(number - 1).className() + "\", not \"" + className
                    + "\"; the labels were edited since this file was written (delete it to import without provenance)");
        }
        return image.tags().size() + number - 1;
    }
}
