package org.whiskerstudio.labelling.formats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.labelling.Shape;

/** Writes one labelme JSON per image beside a copy of the image, as labelme 5.2.1 saves them. */
final class LabelmeWriter {
    static final String VERSION = "5.2.1";

    private LabelmeWriter() {
    }

    static void write(LabelledDataset dataset, Path out) throws IOException {
        DatasetFiles.prepareEmptyFolder(out);
        List<ExportLayout.Placement> placements = ExportLayout.place(dataset.images());
        for (int i = 0; i < placements.size(); i++) {
            DatasetImage image = dataset.images().get(i);
            ExportLayout.Placement placement = placements.get(i);
            Path folder = placement.split() == Split.NONE ? out : out.resolve(placement.split().folderName());
            DatasetFiles.copyImage(image, folder.resolve(placement.fileName()));
            Json.mapper().writeValue(folder.resolve(placement.stem() + ".json").toFile(), document(image, placement.fileName()));
        }
    }

    private static ObjectNode document(DatasetImage image, String fileName) {
        ObjectNode document = Json.mapper().createObjectNode();
        document.put("version", VERSION);
        document.set("flags", trueFlags(image.tags()));
        LabelSourceJson.putTags(document, image.tags(), image.tagSources());
        ArrayNode shapes = document.putArray("shapes");
        shapes(image, shapes);
        document.put("imagePath", fileName);
        document.putNull("imageData");
        document.put("imageHeight", image.height());
        document.put("imageWidth", image.width());
        return document;
    }

    /** Each region is one labelme shape; an object in parts is its parts, sharing a group_id (1, 2.. in the file). */
    private static void shapes(DatasetImage image, ArrayNode out) {
        int group = 0;
        for (DatasetShape shape : image.shapes()) {
            if (shape.shape() instanceof Shape.Parts parts) {
                group++;
                for (Shape.Region part : parts.parts()) {
                    out.add(shape(shape, part).put("group_id", group));
                }
            } else {
                out.add(shape(shape, (Shape.Region) shape.shape()));
            }
        }
    }

    private static ObjectNode shape(DatasetShape shape, Shape.Region region) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("label", shape.className());
        ArrayNode points = node.putArray("points");
        LabelmeShapes.points(region).forEach(p -> points.addArray().add(p.x()).add(p.y()));
        node.putNull("group_id");
        node.put("description", "");
        node.put("shape_type", LabelmeShapes.type(region));
        node.set("flags", trueFlags(shape.flags().stream().sorted().toList()));
        LabelSourceJson.put(node, shape.source());
        return node;
    }

    private static ObjectNode trueFlags(Collection<String> names) {
        ObjectNode flags = Json.mapper().createObjectNode();
        names.forEach(name -> flags.put(name, true));
        return flags;
    }
}
