package org.whiskerstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' shared BUNDLE and DIR input. */
class BenchInputTest {
    @TempDir
    Path temp;

    private BenchInput input(Path dir) {
        BenchInput input = new BenchInput();
        input.dir = dir;
        return input;
    }

    @Test
    void imagesReadsAtMostTheGivenNumberOfFiles() throws IOException {
        for (int i = 0; i < 3; i++) {
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png",
                    temp.resolve("i" + i + ".png").toFile());
        }
        assertEquals(2, input(temp).images(2).size());
        assertEquals(3, input(temp).images(1000).size());
    }

    @Test
    void imagesOfAFolderWithoutImagesIsAnErrorNamingIt() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> input(empty).images(10));
        assertTrue(e.getMessage().contains("no images in " + empty), e.getMessage());
    }
}
