package org.whiskerstudio.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportRequest;

/** whisker export: what the format cannot hold is printed per image and shape kind under the summary. */
class ExportCommandTest {
    @TempDir
    Path temp;

    @Test
    void anExportToYoloListsTheLinesAndCirclesItLeftOut() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        for (int i = 0; i < 2; i++) {
            ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "png", photos.resolve(i + ".png").toFile());
        }
        Path project = temp.resolve("p");
        String fileName;
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            new ImageImporter(store, 1).run(ImportRequest.of(List.of(photos)), Progress.NONE, new Cancellation());
            ImageAsset first = store.images(ImageQuery.ALL).get(0);
            fileName = first.fileName();
            long cat = store.ensureLabelClass("cat").id();
            new AnnotationStore(store).apply(List.of(), List.of(
                    new Annotation(0, first.id(), cat, new Shape.Box(1, 1, 9, 9), Set.of()),
                    new Annotation(0, first.id(), cat, new Shape.Line(List.of(new Point(1, 1), new Point(5, 5))), Set.of()),
                    new Annotation(0, first.id(), cat, new Shape.Circle(new Point(20, 20), 4), Set.of())));
        }

        PredictCommandTest.Run r = PredictCommandTest.run("export", project.toString(), temp.resolve("out").toString(),
                "--format", "yolo");

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(" with 1 labels in 1 classes as yolo"), r.out());
        assertTrue(r.out().endsWith("  " + fileName + ": left out 1 circle, 1 line" + System.lineSeparator()), r.out());
    }
}
