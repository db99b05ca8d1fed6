package org.whiskerstudio.samples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.detection.FashionCanvases;
import org.whiskerstudio.detection.GroundTruth;
import org.whiskerstudio.labelling.formats.CocoFormat;
import org.whiskerstudio.labelling.formats.DatasetImage;
import org.whiskerstudio.labelling.formats.DatasetShape;
import org.whiskerstudio.labelling.formats.IdxFormat;
import org.whiskerstudio.labelling.formats.LabelledDataset;
import org.whiskerstudio.labelling.formats.Split;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectStore;

/**
 * A detection sample made when it is opened, from the Fashion sample's own photos (so no other file ships):
 * {@link FashionCanvases} places 2 to 5 items on each 128 x 128 canvas with their exact boxes, the training
 * canvases from the training photos and the test canvases, kept as the test part, from the test photos. The
 * canvases and boxes go through a COCO file and the studio's COCO import, as a user's dataset would.
 */
final class FashionBoxesSample {
    static final int TRAIN_CANVASES = 300;
    static final int TEST_CANVASES = 100;
    /** Fixed seeds: every studio makes the same sample. */
    static final long TRAIN_SEED = 18;
    static final long TEST_SEED = 19;

    static final SampleProjects.Sample SAMPLE = new SampleProjects.Sample("fashion-boxes", "fashion",
            "Fashion (boxes)", "Clothes on canvases, each boxed, to train a detector",
            "400 grey 128x128 canvases, each holding 2 to 5 Fashion-MNIST clothes at random sizes and places, every "
                    + "item boxed exactly with its class (10 classes): 300 to train on and 100 kept aside as the "
                    + "test set. Made from the Fashion sample's photos when opened. MIT, Zalando SE.",
            List.of(), FashionBoxesSample::build);

    private FashionBoxesSample() {
    }

    private static void build(ProjectStore store, Path data, Progress progress, Cancellation cancellation) {
        try {
            List<String> classes = classFolders(data.resolve("train"));
            Path canvases = data.resolve("canvases");
            List<DatasetImage> images = new ArrayList<>();
            progress.update(0, -1, "Placing clothes on canvases...");
            images.addAll(canvases(read(data.resolve("train"), classes), TRAIN_CANVASES, TRAIN_SEED, Split.TRAIN,
                    classes, canvases));
            images.addAll(canvases(read(data.resolve("test"), classes), TEST_CANVASES, TEST_SEED, Split.TEST,
                    classes, canvases));
            Path coco = data.resolve("coco");
            new CocoFormat().write(new LabelledDataset(canvases, classes, images), coco);
            LabelledSamples.importLabels(store, new CocoFormat(), coco, progress, cancellation);
        } catch (IOException e) {
            throw new ProjectException("The Fashion detection sample could not be made: " + e.getMessage(), e);
        }
    }

    /** The class folders in name order, as the Fashion sample's classes are. */
    private static List<String> classFolders(Path part) throws IOException {
        try (Stream<Path> folders = Files.list(part)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Every photo of a part as Fashion-MNIST's grey bytes, labelled by its class folder's index. */
    static IdxFormat.Images read(Path part, List<String> classes) throws IOException {
        List<byte[]> pixels = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int side = 0;
        for (int c = 0; c < classes.size(); c++) {
            List<Path> files;
            try (Stream<Path> list = Files.list(part.resolve(classes.get(c)))) {
                files = list.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                BufferedImage image = ImageIO.read(file.toFile());
                if (image == null || image.getWidth() != image.getHeight() || (side != 0 && image.getWidth() != side)) {
                    throw new IOException(file.getFileName() + " is not one of the sample's square grey photos");
                }
                side = image.getWidth();
                pixels.add(grey(image));
                labels.add(c);
            }
        }
        byte[] all = new byte[pixels.size() * side * side];
        byte[] classOf = new byte[labels.size()];
        for (int i = 0; i < pixels.size(); i++) {
            System.arraycopy(pixels.get(i), 0, all, i * side * side, side * side);
            classOf[i] = labels.get(i).byteValue();
        }
        return new IdxFormat.Images(pixels.size(), side, side, all, classOf);
    }

    /** The stored grey levels: the raster's first band (getRGB would move them through a colour conversion). */
    static byte[] grey(BufferedImage image) {
        byte[] out = new byte[image.getWidth() * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out[y * image.getWidth() + x] = (byte) image.getRaster().getSample(x, y, 0);
            }
        }
        return out;
    }

    private static List<DatasetImage> canvases(IdxFormat.Images items, int count, long seed, Split split,
                                               List<String> classes, Path folder) throws IOException {
        List<DatasetImage> out = new ArrayList<>();
        List<FashionCanvases.Canvas> made = FashionCanvases.generate(items, count, seed);
        for (int i = 0; i < made.size(); i++) {
            String name = String.format("%s-%03d.png", split.folderName(), i + 1);
            Path file = folder.resolve(name);
            Files.createDirectories(folder);
            Files.write(file, png(made.get(i).pixels()));
            List<DatasetShape> shapes = new ArrayList<>();
            for (GroundTruth truth : made.get(i).boxes()) {
                shapes.add(new DatasetShape(classes.get(truth.classIndex()), truth.box()));
            }
            out.add(new DatasetImage(name, FashionCanvases.SIZE, FashionCanvases.SIZE, List.of(), shapes,
                    Optional.of(file), split));
        }
        return out;
    }

    static byte[] png(byte[] pixels) throws IOException {
        BufferedImage image = new BufferedImage(FashionCanvases.SIZE, FashionCanvases.SIZE, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, FashionCanvases.SIZE, FashionCanvases.SIZE, pixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
