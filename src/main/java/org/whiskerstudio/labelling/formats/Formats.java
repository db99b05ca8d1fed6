package org.whiskerstudio.labelling.formats;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every interchange format the studio reads and writes. */
public final class Formats {
    private static final List<AnnotationFormat> ALL = List.of(
            new CocoFormat(), new VocFormat(), new YoloFormat(), new CsvFormat(), new LabelmeFormat(), new FolderPerClassFormat());

    private Formats() {
    }

    public static List<AnnotationFormat> all() {
        return ALL;
    }

    public static Optional<AnnotationFormat> byId(String id) {
        return ALL.stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }

    /** "coco, voc, ..." for messages and help. */
    public static String ids() {
        return ALL.stream().map(AnnotationFormat::id).collect(Collectors.joining(", "));
    }
}
