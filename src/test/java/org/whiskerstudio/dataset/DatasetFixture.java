package org.whiskerstudio.dataset;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectStore;

/** Tiny projects for dataset tests: image rows alone, or rows with real PNG files under images/. */
public final class DatasetFixture {
    private DatasetFixture() {
    }

    /** Adds {@code count} image rows (no files) tagged {@code className}; a row without a class when it is empty. */
    public static List<Long> rows(ProjectStore store, String key, int count, String className) {
        List<NewImage> images = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String hash = Hashes.sha256Hex((key + " " + i).getBytes(StandardCharsets.UTF_8));
            images.add(new NewImage(hash, key + i + ".png", "images/" + hash + ".png", "/src/" + key + i + ".png",
                    8, 8, "png", 100, className.isEmpty() ? Optional.empty() : Optional.of(className)));
        }
        store.addImages(images);
        List<String> hashes = images.stream().map(NewImage::sha256).toList();
        return store.images(ImageQuery.ALL).stream().filter(i -> hashes.contains(i.sha256())).map(ImageAsset::id).toList();
    }

    /** Stores {@code content} as an image file of the project tagged {@code className}; returns its id. */
    public static long file(ProjectStore store, byte[] content, String className) {
        return file(store, content, Optional.of(className));
    }

    /** Stores {@code content} as an image file of the project without a label; returns its id. */
    public static long unlabelledFile(ProjectStore store, byte[] content) {
        return file(store, content, Optional.empty());
    }

    private static long file(ProjectStore store, byte[] content, Optional<String> className) {
        String hash = Hashes.sha256Hex(content);
        Path stored = store.layout().storedImage(hash, "png");
        try {
            Files.createDirectories(stored.getParent());
            Files.write(stored, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.addImages(List.of(new NewImage(hash, hash.substring(0, 8) + ".png", store.layout().relativize(stored),
                stored.toString(), 8, 8, "png", content.length, className)));
        return store.images(ImageQuery.ALL).stream().filter(i -> i.sha256().equals(hash)).findFirst().orElseThrow().id();
    }

    /**
     * Adds {@code perClass} dark and {@code perClass} light one-colour {@code size}x{@code size} image files, tagged
     * "dark" and "light": a two-class project any model learns at once.
     */
    public static void darkAndLight(ProjectStore store, int perClass, int size) {
        for (int i = 0; i < perClass; i++) {
            file(store, png(size, size, new Color(20 + i, 10, 0)), "dark");
            file(store, png(size, size, new Color(230 - i, 240, 250)), "light");
        }
    }

    /** A PNG of one colour. */
    public static byte[] png(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        return encode(image, "png");
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
