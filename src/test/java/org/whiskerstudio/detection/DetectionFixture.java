package org.whiskerstudio.detection;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.whiskerstudio.architecture.Activation;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.GraphBuilder;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectStore;

/**
 * A made detection project: dark grey pictures, each with one white square ("square", 16 x 16) and one white bar
 * ("bar", 28 x 8) at seeded places apart from each other, both boxed; a detector learns it in a few epochs.
 */
public final class DetectionFixture {
    public static final int WIDTH = 64;
    public static final int HEIGHT = 48;

    private DetectionFixture() {
    }

    /** The small input the tiny detector letterboxes the pictures to. */
    public static final int TINY_INPUT = 32;

    /**
     * A detector small enough for a test: a 32-pixel input, three convolutions with batch norm and leaky ReLU and
     * two pools to a 4 x 4 grid of 8-pixel cells, anchors of the square (8 x 8 pixels on the input: 1 x 1 cells) and
     * the bar (14 x 4: 1.75 x 0.5 cells).
     */
    public static Architecture tinyDetector() {
        GraphBuilder graph = new GraphBuilder(new TensorShape.Image(TINY_INPUT, TINY_INPUT, 3));
        for (int filters : new int[] {8, 16, 16}) {
            graph.then(new LayerSpec.Conv2D(filters, 3, 1, LayerSpec.Padding.SAME, Activation.IDENTITY))
                    .then(new LayerSpec.BatchNorm())
                    .then(new LayerSpec.ActivationLayer(Activation.LEAKY_RELU))
                    .then(new LayerSpec.Pooling2D(LayerSpec.PoolType.MAX, 2, 2));
        }
        LayerSpec.YoloHead head = new LayerSpec.YoloHead(2, List.of(new LayerSpec.YoloHead.Anchor(1, 1),
                new LayerSpec.YoloHead.Anchor(1.75, 0.5)));
        graph.then(new LayerSpec.Conv2D(head.channels(), 1, 1, LayerSpec.Padding.SAME, Activation.IDENTITY))
                .then(head);
        return new Architecture("tiny detector", graph.build(), Optional.empty());
    }

    /** Adds {@code count} boxed pictures; returns their image ids. */
    public static List<Long> squaresAndBars(ProjectStore store, int count, long seed) {
        Random random = new Random(seed);
        long square = store.ensureLabelClass("square").id();
        long bar = store.ensureLabelClass("bar").id();
        List<Long> ids = new ArrayList<>();
        List<Annotation> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Shape.Box squareBox = place(random, 16, 16, Optional.empty());
            Shape.Box barBox = place(random, 28, 8, Optional.of(squareBox));
            long id = add(store, picture(List.of(squareBox, barBox), i));
            ids.add(id);
            labels.add(new Annotation(0, id, square, squareBox, Set.of()));
            labels.add(new Annotation(0, id, bar, barBox, Set.of()));
        }
        new AnnotationStore(store).add(labels, labels.stream().map(l -> (LabelSource) new LabelSource.Typed())
                .toList());
        return ids;
    }

    /** A box of the size at a seeded place inside the picture, not overlapping {@code away}. */
    private static Shape.Box place(Random random, int w, int h, Optional<Shape.Box> away) {
        while (true) {
            int x = random.nextInt(WIDTH - w + 1);
            int y = random.nextInt(HEIGHT - h + 1);
            Shape.Box box = new Shape.Box(x, y, x + w, y + h);
            if (away.isEmpty() || Boxes.iou(box, away.get()) == 0 && apart(box, away.get())) {
                return box;
            }
        }
    }

    private static boolean apart(Shape.Box a, Shape.Box b) {
        return a.x2() <= b.x1() || b.x2() <= a.x1() || a.y2() <= b.y1() || b.y2() <= a.y1();
    }

    private static byte[] picture(List<Shape.Box> boxes, int i) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40 + i % 20, 40, 40));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.WHITE);
        boxes.forEach(b -> g.fillRect((int) b.x1(), (int) b.y1(), (int) (b.x2() - b.x1()), (int) (b.y2() - b.y1())));
        g.dispose();
        return DatasetFixture.encode(image, "png");
    }

    /** Stores a picture without a label; returns its id. */
    public static long add(ProjectStore store, byte[] content) {
        String hash = Hashes.sha256Hex(content);
        Path stored = store.layout().storedImage(hash, "png");
        try {
            Files.createDirectories(stored.getParent());
            Files.write(stored, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.addImages(List.of(new NewImage(hash, hash.substring(0, 8) + ".png", store.layout().relativize(stored),
                stored.toString(), WIDTH, HEIGHT, "png", content.length, Optional.empty())));
        return store.images(ImageQuery.ALL).stream().filter(i -> i.sha256().equals(hash)).findFirst().orElseThrow()
                .id();
    }
}
