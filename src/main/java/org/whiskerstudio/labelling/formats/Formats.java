package org.whiskerstudio.labelling.formats;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every interchange format the studio reads and writes. */
public final class Formats {
    private static final List<AnnotationFormat> ALL = List.of(
            new CocoFormat(), new VocFormat(), new YoloFormat(), new CsvFormat(), new LabelmeFormat(), new FolderPerClassFormat());

    private static final List<AnnotationFormat> IMPORT_ONLY = List.of(new IdxFormat());

    private Formats() {
    }

    /** The formats that can be written (and read): the export choices. */
    public static List<AnnotationFormat> all() {
        return ALL;
    }

    /** Every format that can be read: the import choices. */
    public static List<AnnotationFormat> readable() {
        return Stream.concat(ALL.stream(), IMPORT_ONLY.stream()).toList();
    }

    public static Optional<AnnotationFormat> byId(String id) {
        return readable().stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }

    /** "coco, voc, ..." for messages and help. */
    public static String ids() {
        return readable().stream().map(AnnotationFormat::id).collect(Collectors.joining(", "));
    }
}
