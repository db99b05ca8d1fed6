package org.whiskerstudio.ui.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportRequest;

class ProjectArchitecturesTest {
    @TempDir
    Path temp;

    private TensorShape.Image inputOf(int type, int width, int height) throws IOException {
        Path data = Files.createDirectories(temp.resolve("data-" + type));
        for (int i = 0; i < 3; i++) {
            BufferedImage img = new BufferedImage(width, height, type);
            img.getRaster().setSample(i, 0, 0, 200);
            ImageIO.write(img, "png", data.resolve(i + ".png").toFile());
        }
        try (ProjectStore store = ProjectStore.create(temp.resolve("p-" + type), "p")) {
            new ImageImporter(store, 1).run(ImportRequest.of(List.of(data)), Progress.NONE, new Cancellation());
            return new ProjectArchitectures(store).imageInput();
        }
    }

    @Test
    void smallGreyImagesGiveAOneChannelInputOfTheirSize() throws IOException {
        assertEquals(new TensorShape.Image(28, 28, 1), inputOf(BufferedImage.TYPE_BYTE_GRAY, 28, 28));
    }

    @Test
    void largeColourPhotosGiveA64By64RgbInput() throws IOException {
        assertEquals(new TensorShape.Image(64, 64, 3), inputOf(BufferedImage.TYPE_INT_RGB, 300, 200));
    }
}
