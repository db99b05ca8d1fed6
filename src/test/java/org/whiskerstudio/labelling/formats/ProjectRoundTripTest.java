package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportRequest;

/**
 * Project -> export -> import into a fresh project, for every format: the labels that the format can carry come
 * back (tags everywhere; boxes, polygons and flags where the format has them), and importing again adds nothing.
 */
class ProjectRoundTripTest {
    @TempDir
    Path temp;

    static List<AnnotationFormat> formats() {
        return Formats.all();
    }

    /** Formats that carry only image-level tags. */
    private static boolean tagsOnly(AnnotationFormat f) {
        return f.id().equals("folders");
    }

    private ProjectStore labelledProject() throws IOException {
        Path data = Files.createDirectories(temp.resolve("photos"));
        for (int i = 0; i < 6; i++) {
            BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
            img.setRGB(i, 0, 0xFFFFFF);
            ImageIO.write(img, "png", data.resolve("photo " + i + ".png").toFile());
        }
        ProjectStore store = ProjectStore.create(temp.resolve("source"), "source");
        new ImageImporter(store, 1).run(ImportRequest.of(List.of(data)), Progress.NONE, new Cancellation());
        LabelClass cat = store.ensureLabelClass("cat");
        LabelClass dog = store.ensureLabelClass("dog");
        List<ImageAsset> images = store.images(ImageQuery.ALL);
        List<Annotation> labels = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            long id = images.get(i).id();
            LabelClass c = i % 2 == 0 ? cat : dog;
            labels.add(new Annotation(0, id, c.id(), new Shape.Tag(), Set.of()));
            labels.add(new Annotation(0, id, c.id(), new Shape.Box(10.5, 20.25, 100 + i, 120.75), Set.of(Annotation.DIFFICULT)));
            labels.add(new Annotation(0, id, cat.id(), new Shape.Polygon(List.of(new Point(5, 5), new Point(60.5, 8),
                    new Point(30, 70.25))), Set.of()));
        }
        new AnnotationStore(store).apply(List.of(), labels);
        return store;
    }

    /** file name -> sorted descriptions of its labels. */
    private static Map<String, Set<String>> labelsByFile(ProjectStore store, boolean tagsOnly) {
        Map<Long, String> names = new HashMap<>();
        store.labelClasses().forEach(c -> names.put(c.id(), c.name()));
        Map<Long, List<Annotation>> all = new AnnotationStore(store).all();
        Map<String, Set<String>> out = new HashMap<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            Set<String> described = new TreeSet<>();
            for (Annotation a : all.getOrDefault(image.id(), List.of())) {
                if (tagsOnly && !(a.shape() instanceof Shape.Tag)) {
                    continue;
                }
                described.add(names.get(a.classId()) + " " + rounded(a.shape()) + " " + new TreeSet<>(a.flags()));
            }
            out.put(image.sha256(), described);
        }
        return out;
    }

    /** Shapes to 1/1000 px: YOLO's normalised coordinates are exact only to about 1e-4 px. */
    private static String rounded(Shape shape) {
        if (shape instanceof Shape.Box b) {
            return String.format("box %.3f %.3f %.3f %.3f", b.x1(), b.y1(), b.x2(), b.y2());
        }
        if (shape instanceof Shape.Polygon p) {
            StringBuilder s = new StringBuilder("polygon");
            p.points().forEach(pt -> s.append(String.format(" %.3f,%.3f", pt.x(), pt.y())));
            return s.toString();
        }
        return "tag";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void exportThenImportGivesBackEveryLabelTheFormatCarries(AnnotationFormat format) throws Exception {
        try (ProjectStore source = labelledProject(); ProjectStore target = ProjectStore.create(temp.resolve("target"), "t")) {
            Path out = temp.resolve("export-" + format.id());
            new DatasetExporter(source).export(format, out, Optional.of(new SplitSpec(0.5, 0.25, 0.25, 7)));
            LabelImportReport report = new DatasetImporter(target).importLabels(format, out, Progress.NONE, new Cancellation());
            assertEquals(List.of(), report.problems());
            assertEquals(6, target.imageCount());
            Map<String, Set<String>> expected = labelsByFile(source, tagsOnly(format));
            Map<String, Set<String>> actual = labelsByFile(target, tagsOnly(format));
            if (format.id().equals("labelme") || format.id().equals("yolo")) {
                // Formats without per-shape flags: compare without them.
                expected.replaceAll((k, v) -> withoutFlags(v));
                actual.replaceAll((k, v) -> withoutFlags(v));
            }
            assertEquals(expected, actual);

            LabelImportReport again = new DatasetImporter(target).importLabels(format, out, Progress.NONE, new Cancellation());
            assertEquals(0, again.annotations(), "importing the same dataset twice adds nothing");
        }
    }

    private static Set<String> withoutFlags(Set<String> described) {
        Set<String> out = new TreeSet<>();
        described.forEach(d -> out.add(d.replaceAll(" \\[.*]$", "")));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void exportRefusesAFolderThatHoldsFilesAndLeavesItAlone(AnnotationFormat format) throws Exception {
        try (ProjectStore source = labelledProject()) {
            Path out = Files.createDirectories(temp.resolve("busy"));
            Files.writeString(out.resolve("keep.txt"), "mine");
            assertThrows(IOException.class, () -> new DatasetExporter(source).export(format, out, Optional.empty()));
            assertEquals("mine", Files.readString(out.resolve("keep.txt")));
            try (var files = Files.list(out)) {
                assertEquals(1, files.count());
            }
            try (var siblings = Files.list(temp)) {
                assertFalse(siblings.anyMatch(p -> p.getFileName().toString().contains("exporting")),
                        "no scratch folder is left behind");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void importOfAMissingSourceChangesNothing(AnnotationFormat format) throws Exception {
        try (ProjectStore target = ProjectStore.create(temp.resolve("empty-target"), "t")) {
            assertThrows(Exception.class, () -> new DatasetImporter(target).importLabels(format,
                    temp.resolve("no-such-dataset"), Progress.NONE, new Cancellation()));
            assertTrue(target.labelClasses().isEmpty());
            assertEquals(0, target.imageCount());
        }
    }
}
