package org.whiskerstudio.labelling.formats;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** labelme's primitives shape set (test resource labels/labelme-primitives, see its NOTICE) beside its picture. */
final class LabelmePrimitives {
    static final int WIDTH = 560;
    static final int HEIGHT = 450;

    private LabelmePrimitives() {
    }

    /** A folder holding primitives.json and the 560 x 450 primitives.jpg it names. */
    static Path folder(Path dir) {
        try (InputStream json = LabelmePrimitives.class.getResourceAsStream("/labels/labelme-primitives/primitives.json")) {
            Files.createDirectories(dir);
            Files.copy(json, dir.resolve("primitives.json"));
            BufferedImage picture = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.ORANGE);
            g.fillRect(30, 40, 100, 100);
            g.dispose();
            ImageIO.write(picture, "jpg", dir.resolve("primitives.jpg").toFile());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
