package org.whiskerstudio.labelling.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.whiskerstudio.labelling.LabelSource;

/**
 * Reads the files of a {@link CocoSource} into one dataset. Ids are checked per file (unique, every reference
 * known); nothing is returned unless every file parses.
 */
final class CocoReader {
    /** Non-standard: image-level tags, which COCO cannot say, written and read back by Whisker Studio. */
    static final String TAGS_FIELD = "whisker_tags";

    private final Path root;
    private final Set<String> categoryNames = new LinkedHashSet<>();
    private final Set<String> usedNames = new HashSet<>();
    private final List<Draft> drafts = new ArrayList<>();

    /** An image while its annotations are still being collected. */
    private record Draft(String path, int width, int height, List<String> tags, List<DatasetShape> shapes,
                         Split split, Map<String, LabelSource> tagSources) {
        DatasetImage image() {
            return DatasetImage.read(path, width, height, tags, shapes).withSplit(split).withTagSources(tagSources);
        }
    }

    private CocoReader(Path root) {
        this.root = root;
    }

    static LabelledDataset read(CocoSource source) throws FormatException, IOException {
        CocoReader reader = new CocoReader(source.root());
        for (CocoSource.Part part : source.parts()) {
            reader.read(part);
        }
        return reader.dataset();
    }

    private void read(CocoSource.Part part) throws FormatException, IOException {
        JsonFields json = new JsonFields(part.file());
        JsonNode top = json.parse();
        Map<Long, String> categories = categories(json, top);
        Map<Long, Draft> images = images(json, top, part);
        annotations(json, top, categories, images);
    }

    private Map<Long, String> categories(JsonFields json, JsonNode top) throws FormatException {
        JsonNode list = json.optionalArray(top, "", "categories");
        Map<Long, String> byId = new TreeMap<>();
        Map<Long, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String place = JsonFields.index("categories", i);
            JsonNode category = json.object(list.get(i), place);
            long id = json.requiredInteger(category, place, "id");
            String name = json.requiredText(category, place, "name");
            checkUnique(json, firstIndex, "categories", i, id);
            byId.put(id, name);
        }
        categoryNames.addAll(byId.values());
        return byId;
    }

    private Map<Long, Draft> images(JsonFields json, JsonNode top, CocoSource.Part part) throws FormatException {
        JsonNode list = json.requiredArray(top, "", "images");
        Map<Long, Draft> byId = new HashMap<>();
        Map<Long, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String place = JsonFields.index("images", i);
            JsonNode image = json.object(list.get(i), place);
            long id = json.requiredInteger(image, place, "id");
            checkUnique(json, firstIndex, "images", i, id);
            String path = locate(json, part, json.requiredText(image, place, "file_name"), JsonFields.field(place, "file_name"));
            List<String> tags = tags(json, image, place);
            Draft draft = new Draft(path, json.optionalSize(image, place, "width"), json.optionalSize(image, place, "height"),
                    tags, new ArrayList<>(), part.split(), LabelSourceJson.readTags(json, image, place, tags));
            byId.put(id, draft);
            drafts.add(draft);
        }
        return byId;
    }

    /**
     * The image's path relative to the root: the first of the part's folders that holds the file. A missing
     * image is not a format error (annotations are often shared without images); it keeps the first folder's
     * path, so the importer can name the file it cannot find.
     */
    private String locate(JsonFields json, CocoSource.Part part, String fileName, String place) throws FormatException {
        // The bare path is resolved first: it refuses absolute paths and any that climb out of the root.
        Path bare = DatasetPaths.resolveInside(root, fileName, json.file(), place);
        Path first = null;
        for (String folder : part.imageFolders()) {
            Path candidate = folder.isEmpty() ? bare : DatasetPaths.resolveInside(root, folder + fileName, json.file(), place);
            if (Files.isRegularFile(candidate)) {
                return relative(candidate);
            }
            first = first == null ? candidate : first;
        }
        return relative(first == null ? bare : first);
    }

    private String relative(Path file) {
        return RelativePaths.of(root, file);
    }

    private List<String> tags(JsonFields json, JsonNode image, String place) throws FormatException {
        JsonNode list = json.optionalArray(image, place, TAGS_FIELD);
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode tag = list.get(i);
            if (!tag.isTextual() || tag.asText().isBlank()) {
                throw json.error(JsonFields.index(JsonFields.field(place, TAGS_FIELD), i),
                        "expected a class name, found " + JsonFields.describe(tag));
            }
            tags.add(tag.asText());
        }
        usedNames.addAll(tags);
        return List.copyOf(tags);
    }

    private void annotations(JsonFields json, JsonNode top, Map<Long, String> categories, Map<Long, Draft> images)
            throws FormatException {
        JsonNode list = json.optionalArray(top, "", "annotations");
        Map<Long, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String place = JsonFields.index("annotations", i);
            JsonNode annotation = json.object(list.get(i), place);
            // COCO tools always write annotation ids, but nothing refers to them: a file without is accepted.
            if (json.optional(annotation, "id").isPresent()) {
                checkUnique(json, firstIndex, "annotations", i, json.requiredInteger(annotation, place, "id"));
            }
            long imageId = json.requiredInteger(annotation, place, "image_id");
            Draft image = images.get(imageId);
            if (image == null) {
                throw json.error(JsonFields.field(place, "image_id"), "no image has id " + imageId);
            }
            long categoryId = json.requiredInteger(annotation, place, "category_id");
            String className = categories.get(categoryId);
            if (className == null) {
                throw json.error(JsonFields.field(place, "category_id"), "no category has id " + categoryId);
            }
            Optional<LabelSource> source = LabelSourceJson.read(json, annotation, place);
            for (DatasetShape shape : CocoAnnotations.shapes(json, annotation, place, className)) {
                image.shapes().add(source.map(shape::withSource).orElse(shape));
            }
            usedNames.add(className);
        }
    }

    /** Refuses an id that an earlier entry of the same list has. */
    private static void checkUnique(JsonFields json, Map<Long, Integer> firstIndex, String list, int index, long id)
            throws FormatException {
        Integer earlier = firstIndex.putIfAbsent(id, index);
        if (earlier != null) {
            throw json.error(JsonFields.field(JsonFields.index(list, index), "id"),
                    "the id " + id + " is already used by " + JsonFields.index(list, earlier));
        }
    }

    /**
     * Classes are the categories in id order (file by file), then any tag names no category has. An unused
     * "background" category (torchvision's "__background__" too) is dropped: it marks "no object", not a class.
     */
    private LabelledDataset dataset() {
        Set<String> classes = new LinkedHashSet<>();
        for (String name : categoryNames) {
            if (usedNames.contains(name) || !isBackground(name)) {
                classes.add(name);
            }
        }
        drafts.forEach(draft -> classes.addAll(draft.tags()));
        return new LabelledDataset(root, List.copyOf(classes), drafts.stream().map(Draft::image).toList());
    }

    private static boolean isBackground(String name) {
        return name.replace("_", "").trim().toLowerCase(Locale.ROOT).equals("background");
    }
}
