package org.whiskerstudio.map;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.labelling.formats.CsvText;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.LabelClass;

/** A map as CSV ({@code id,file,x,y,label,cluster}): one row per point; several classes are joined by ";". */
public final class MapCsv {
    public static final List<String> HEADER = List.of("id", "file", "x", "y", "label", "cluster");

    private MapCsv() {
    }

    /** Writes the file whole (a reader never sees half of it). */
    public static void write(Path file, ProjectMap map, int[] clusters, List<ImageAsset> examples,
                             List<LabelClass> classes) throws IOException {
        Map<Long, ImageAsset> byId = new HashMap<>();
        examples.forEach(e -> byId.put(e.id(), e));
        Map<Long, String> names = classes.stream().collect(Collectors.toMap(LabelClass::id, LabelClass::name));
        AtomicFiles.write(file, raw -> {
            Writer out = new OutputStreamWriter(raw, StandardCharsets.UTF_8);
            out.write(CsvText.line(HEADER));
            for (int i = 0; i < map.size(); i++) {
                ImageAsset image = byId.get(map.imageIds()[i]);
                List<String> row = new ArrayList<>(HEADER.size());
                row.add(Long.toString(map.imageIds()[i]));
                row.add(image == null ? "" : image.fileName());
                row.add(String.format(Locale.ROOT, "%.5f", map.xs()[i]));
                row.add(String.format(Locale.ROOT, "%.5f", map.ys()[i]));
                row.add(image == null ? "" : image.classIds().stream().map(id -> names.getOrDefault(id, ""))
                        .collect(Collectors.joining(";")));
                row.add(Integer.toString(clusters[i]));
                out.write(CsvText.line(row));
            }
            out.flush();
        });
    }
}
