package org.whiskerstudio.ui.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageQuery;
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
    void aProjectLabelledWithBoxesAloneListsTheDetectorFirst() {
        try (ProjectStore store = LabellingFixture.projectWithImages(temp.resolve("b"), 2)) {
            long cat = store.ensureLabelClass("cat").id();
            long image = store.images(ImageQuery.ALL).get(0).id();
            AnnotationStore annotations = new AnnotationStore(store);
            assertTrue(firstTitle(store).startsWith("MLP"), "no labels: as before, " + firstTitle(store));
            annotations.apply(List.of(), List.of(new Annotation(0, image, cat, new Shape.Box(1, 1, 5, 5), Set.of())));
            assertTrue(firstTitle(store).startsWith("YOLO"), "boxes alone: the detector, " + firstTitle(store));
            annotations.apply(List.of(), List.of(new Annotation(0, image, cat, new Shape.Tag(), Set.of())));
            assertTrue(firstTitle(store).startsWith("MLP"), "a tag too: a classifier may be wanted");
        }
    }

    private static String firstTitle(ProjectStore store) {
        return new ProjectArchitectures(store).templates().get(0).title();
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
