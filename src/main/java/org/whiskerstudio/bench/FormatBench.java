package org.whiskerstudio.bench;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.formats.AnnotationFormat;
import org.whiskerstudio.labelling.formats.DatasetImage;
import org.whiskerstudio.labelling.formats.DatasetShape;
import org.whiskerstudio.labelling.formats.Formats;
import org.whiskerstudio.labelling.formats.LabelledDataset;
import org.whiskerstudio.labelling.formats.Split;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whisker bench formats}: writes a labelled dataset of N images with K boxes each in every format (images
 * copied along), reads it back, checks the counts, and prints the time of each step per format.
 */
@Command(name = "formats", description = "Export and re-read N images x K boxes in every format; print times.")
final class FormatBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--images", description = "images (default: ${DEFAULT-VALUE})")
    private int images = 20_000;

    @Option(names = "--boxes", description = "boxes per image (default: ${DEFAULT-VALUE})")
    private int boxes = 5;

    @Option(names = "--format", description = "only this format")
    private String only;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("whisker-bench-formats");
        long t0 = System.nanoTime();
        LabelledDataset dataset = dataset(work.resolve("source"));
        out.printf("format bench: %d images x %d boxes (+1 tag each), 10 classes; made in %.1f s in %s%n", images, boxes,
                (System.nanoTime() - t0) / 1e9, work);
        long expectedShapes = (long) images * boxes;
        for (AnnotationFormat format : Formats.all()) {
            if (only != null && !format.id().equals(only)) {
                continue;
            }
            Path dir = work.resolve("out-" + format.id());
            long w0 = System.nanoTime();
            format.write(dataset, dir);
            double write = (System.nanoTime() - w0) / 1e9;
            long r0 = System.nanoTime();
            LabelledDataset read = format.read(dir);
            double reread = (System.nanoTime() - r0) / 1e9;
            long shapes = read.images().stream().mapToLong(i -> i.shapes().size()).sum();
            long tags = read.images().stream().mapToLong(i -> i.tags().size()).sum();
            out.printf("  %-8s write %6.2f s   read %6.2f s   total %6.2f s   (%d images, %d shapes%s, %d tags read back)%n",
                    format.id(), write, reread, write + reread, read.images().size(), shapes,
                    shapes == expectedShapes || format.id().equals("folders") ? "" : " MISMATCH", tags);
        }
        out.printf("  peak heap          %s%n", BenchCommand.peakHeap());
        return 0;
    }

    private LabelledDataset dataset(Path dir) throws Exception {
        Files.createDirectories(dir);
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        List<String> classes = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            classes.add("class-" + c);
        }
        List<DatasetImage> list = new ArrayList<>();
        for (int i = 0; i < images; i++) {
            img.setRGB(i % 64, (i / 64) % 48, random.nextInt());
            Path file = dir.resolve(String.format("img-%05d.png", i));
            ImageIO.write(img, "png", file.toFile());
            List<DatasetShape> shapes = new ArrayList<>();
            for (int b = 0; b < boxes; b++) {
                double x = random.nextInt(40);
                double y = random.nextInt(30);
                shapes.add(new DatasetShape(classes.get(random.nextInt(10)), new Shape.Box(x, y, x + 1 + random.nextInt(23),
                        y + 1 + random.nextInt(17))));
            }
            list.add(new DatasetImage(file.getFileName().toString(), 64, 48, List.of(classes.get(i % 10)), shapes,
                    Optional.of(file), Split.NONE));
        }
        return new LabelledDataset(dir, classes, list);
    }
}
