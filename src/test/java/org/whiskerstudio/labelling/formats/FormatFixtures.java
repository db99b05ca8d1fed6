package org.whiskerstudio.labelling.formats;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.whiskerstudio.labelling.Shape;

/** Small files for format tests, made on the spot: images drawn with ImageIO, annotation files from text. */
final class FormatFixtures {
    private FormatFixtures() {
    }

    /** A real image of the given size; the format follows the extension (png, jpg, bmp). */
    static Path image(Path file, int width, int height) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.ORANGE);
            g.fillRect(width / 4, height / 4, width / 2, height / 2);
            g.dispose();
            String name = file.getFileName().toString();
            String format = name.substring(name.lastIndexOf('.') + 1).replace("jpg", "jpeg");
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalArgumentException("no ImageIO writer for " + format);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path text(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image to export: labels plus the file to copy, with no size given (writers must read it). */
    static DatasetImage toWrite(String path, Path file, Split split, List<String> tags, DatasetShape... shapes) {
        return new DatasetImage(path, 0, 0, tags, List.of(shapes), Optional.of(file), split);
    }

    static DatasetShape shape(String className, Shape shape, String... flags) {
        return new DatasetShape(className, shape, Set.of(flags));
    }

    /** Every file under {@code root}, as relative paths with forward slashes, sorted. */
    static List<String> filesUnder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> RelativePaths.of(root, p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
