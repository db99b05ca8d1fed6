package org.whiskerstudio.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.SubsetStore;
import org.whiskerstudio.detection.DetectionLabels;
import org.whiskerstudio.detection.FashionCanvases;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.formats.IdxFormat;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;

class DetectionSamplesTest {
    @TempDir
    Path dir;

    @Test
    void catsBoxesOpensWithOneBoxOnEachCatPhotoAndTheOtherPhotosAsCheckedNegatives() throws Exception {
        Path folder = SampleProjects.materialise(CatBoxesSample.SAMPLE, dir, Progress.NONE, new Cancellation());
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(36, store.imageCount());
            DetectionLabels labels = DetectionLabels.read(store, true);
            assertEquals(List.of("cat"), labels.classes());
            assertEquals(36, labels.images().size(), "every photo counts: 25 with a cat, 11 checked without");
            assertEquals(0, labels.skipped());
            Map<Long, String> names = store.images(ImageQuery.ALL).stream()
                    .collect(Collectors.toMap(ImageAsset::id, ImageAsset::fileName));
            for (DetectionLabels.Labelled image : labels.images()) {
                String name = names.get(image.imageId());
                boolean cat = name.startsWith("muybridge-cat-") || name.equals("skimage-chelsea.jpg");
                assertEquals(cat ? 1 : 0, image.truths().size(), name);
                image.truths().forEach(t -> assertInside(t, image));
            }
            assertEquals(25, labels.boxesPerClass()[0]);
            assertEquals(36, new AnnotationStore(store).reviewedImageIds().size());
            Map<Long, SubsetStore.Assignment> parts = new SubsetStore(store).all();
            List<String> test = labels.images().stream()
                    .filter(i -> parts.get(i.imageId()).subset() == Subset.TEST)
                    .map(i -> names.get(i.imageId()) + ":" + i.truths().size()).sorted().toList();
            assertEquals(List.of("muybridge-cat-03.jpg:1", "muybridge-cat-08.jpg:1", "muybridge-cat-12.jpg:1",
                    "muybridge-cat-14.jpg:1", "muybridge-cat-19.jpg:1", "muybridge-cat-23.jpg:1", "skimage-coffee.jpg:0",
                    "skimage-rocket.jpg:0", "stdlib-nagasaki-boats.jpg:0"), test, "the COCO file's test part is kept");
            assertEquals(27, parts.values().stream().filter(a -> a.subset() == Subset.TRAIN).count());
        }
        assertTrue(Files.readString(folder.resolve("NOTICE.md")).contains("annotations/instances_train.json"));
    }

    @Test
    void theCatsAreBoxedTightlyEnoughToTrainOn() throws Exception {
        Path folder = SampleProjects.materialise(CatBoxesSample.SAMPLE, dir, Progress.NONE, new Cancellation());
        try (ProjectStore store = ProjectStore.open(folder)) {
            for (DetectionLabels.Labelled image : DetectionLabels.read(store, true).images()) {
                for (GroundTruth truth : image.truths()) {
                    // A walking cat with its tail fills much of a Muybridge frame; Chelsea's face fills her photo.
                    double share = truth.box().width() * truth.box().height() / (image.width() * (double) image.height());
                    assertTrue(share > 0.4 && share < 0.95, image.file().getFileName() + ": " + share);
                }
            }
        }
    }

    @Test
    void fashionBoxesIsMadeFromTheFashionPhotosWithItsTestCanvasesInTheTestPart() throws Exception {
        Path folder = SampleProjects.materialise(FashionBoxesSample.SAMPLE, dir, Progress.NONE, new Cancellation());
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(400, store.imageCount());
            DetectionLabels labels = DetectionLabels.read(store, false);
            assertEquals(10, labels.classes().size());
            assertEquals(400, labels.images().size());
            int boxes = 0;
            for (DetectionLabels.Labelled image : labels.images()) {
                assertEquals(FashionCanvases.SIZE, image.width());
                int items = image.truths().size();
                assertTrue(items >= FashionCanvases.MIN_ITEMS && items <= FashionCanvases.MAX_ITEMS, "items " + items);
                image.truths().forEach(t -> assertInside(t, image));
                boxes += items;
            }
            assertTrue(boxes > 2 * 400 && boxes < 5 * 400, "boxes " + boxes);
            Map<String, Long> parts = new TreeMap<>(new SubsetStore(store).all().values().stream()
                    .collect(Collectors.groupingBy(a -> a.subset().name(), Collectors.counting())));
            assertEquals(Map.of("TEST", 100L, "TRAIN", 300L), parts);
        }
    }

    @Test
    void theFashionPhotosAreReadWithTheirStoredGreyLevels() throws Exception {
        Path part = dir.resolve("train");
        Files.createDirectories(part.resolve("Bag"));
        java.awt.image.BufferedImage grey = new java.awt.image.BufferedImage(2, 2,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setDataElements(0, 0, 2, 2, new byte[] {0, 10, (byte) 128, (byte) 255});
        javax.imageio.ImageIO.write(grey, "png", part.resolve("Bag").resolve("a.png").toFile());
        IdxFormat.Images images = FashionBoxesSample.read(part, List.of("Bag"));
        assertEquals(1, images.count());
        assertEquals(List.of(0, 10, 128, 255), List.of(images.pixels()[0] & 0xFF, images.pixels()[1] & 0xFF,
                images.pixels()[2] & 0xFF, images.pixels()[3] & 0xFF), "no colour conversion of grey levels");
    }

    private static void assertInside(GroundTruth truth, DetectionLabels.Labelled image) {
        assertTrue(truth.box().x1() >= 0 && truth.box().y1() >= 0 && truth.box().x2() <= image.width()
                && truth.box().y2() <= image.height() && truth.box().width() > 0, truth + " in " + image.file());
    }
}
