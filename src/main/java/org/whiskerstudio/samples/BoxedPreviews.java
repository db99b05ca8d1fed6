package org.whiskerstudio.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.whiskerstudio.detection.FashionCanvases;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.formats.IdxFormat;

/**
 * The boxed pictures of the detection samples' previews: the cats photos with their hand-drawn boxes read from the
 * packaged COCO file, and Fashion canvases made as the sample makes its own (same items, same placing), from a few
 * of the Fashion sample's photos.
 */
final class BoxedPreviews {
    /** Fashion photos the preview's canvases draw their items from. */
    private static final int FASHION_ITEMS = 40;

    private BoxedPreviews() {
    }

    /** Up to {@code count} boxed pictures of a detection sample; none for any other sample. */
    static List<BoxedPhoto> of(SampleProjects.Sample sample, int count) throws IOException {
        if (sample.id().equals(CatBoxesSample.SAMPLE.id())) {
            return cats(count);
        }
        if (sample.id().equals(FashionBoxesSample.SAMPLE.id())) {
            return fashion(count);
        }
        return List.of();
    }

    /** The first {@code count} training photos with a cat in the packaged COCO file, each with its boxes. */
    private static List<BoxedPhoto> cats(int count) throws IOException {
        JsonNode coco;
        try (InputStream in = resource("/samples/cats/" + CatBoxesSample.BOXES.get(0)).openStream()) {
            coco = new ObjectMapper().readTree(in);
        }
        Map<Long, List<Shape.Box>> boxes = new LinkedHashMap<>();
        for (JsonNode a : coco.path("annotations")) {
            JsonNode b = a.path("bbox");
            boxes.computeIfAbsent(a.path("image_id").asLong(), k -> new ArrayList<>()).add(new Shape.Box(
                    b.get(0).asDouble(), b.get(1).asDouble(), b.get(0).asDouble() + b.get(2).asDouble(),
                    b.get(1).asDouble() + b.get(3).asDouble()));
        }
        List<BoxedPhoto> out = new ArrayList<>();
        for (JsonNode image : coco.path("images")) {
            List<Shape.Box> its = boxes.get(image.path("id").asLong());
            if (its != null && out.size() < count) {
                try (InputStream in = resource("/samples/cats/" + image.path("file_name").asText()).openStream()) {
                    out.add(new BoxedPhoto(in.readAllBytes(), image.path("width").asInt(),
                            image.path("height").asInt(), its));
                }
            }
        }
        return out;
    }

    /** {@code count} canvases of the Fashion sample's first photos of each class in turn, seeded as the sample's. */
    private static List<BoxedPhoto> fashion(int count) throws IOException {
        List<URL> photos = SampleProjects.preview(SampleProjects.ALL.stream()
                .filter(s -> s.id().equals(FashionBoxesSample.SAMPLE.resources())).findFirst().orElseThrow(),
                FASHION_ITEMS).images();
        List<BoxedPhoto> out = new ArrayList<>();
        for (FashionCanvases.Canvas canvas : FashionCanvases.generate(items(photos), count,
                FashionBoxesSample.TRAIN_SEED)) {
            out.add(new BoxedPhoto(FashionBoxesSample.png(canvas.pixels()), FashionCanvases.SIZE,
                    FashionCanvases.SIZE, canvas.boxes().stream().map(GroundTruth::box).toList()));
        }
        return out;
    }

    private static IdxFormat.Images items(List<URL> photos) throws IOException {
        List<byte[]> pixels = new ArrayList<>();
        int side = 0;
        for (URL url : photos) {
            BufferedImage image = ImageIO.read(url);
            if (image != null && image.getWidth() == image.getHeight() && (side == 0 || image.getWidth() == side)) {
                side = image.getWidth();
                pixels.add(FashionBoxesSample.grey(image));
            }
        }
        if (pixels.isEmpty()) {
            throw new IOException("no Fashion photo to place");
        }
        byte[] all = new byte[pixels.size() * side * side];
        for (int i = 0; i < pixels.size(); i++) {
            System.arraycopy(pixels.get(i), 0, all, i * side * side, side * side);
        }
        return new IdxFormat.Images(pixels.size(), side, side, all, new byte[pixels.size()]);
    }

    private static URL resource(String path) throws IOException {
        URL url = BoxedPreviews.class.getResource(path);
        if (url == null) {
            throw new IOException(path + " is not packaged");
        }
        return url;
    }
}
