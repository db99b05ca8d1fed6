package org.whiskerstudio.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker bench make-photos OUT}: realistic benchmark input. Cuts random 640x480 views (random zoom and
 * position) out of real photos, so the JPEGs have the entropy of photographs rather than of flat test patterns.
 */
@Command(name = "make-photos", description = "Write N JPEG crops (640x480 by default) of real photos to OUT, for the import bench.")
final class PhotoMaker implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "the folder to write")
    private Path outDir;

    @Option(names = "--from", required = true, description = "a folder of real photos (e.g. sample-projects/cats)")
    private Path from;

    @Option(names = "--count", description = "how many (default: ${DEFAULT-VALUE})")
    private int count = 1000;

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed = 42;

    @Option(names = "--width", description = "width of each photo (default: ${DEFAULT-VALUE}); height is 3/4 of it")
    private int width = 640;

    /** Every decodable photo under {@code dir} (recursively, in name order) of at least the given size. */
    static List<BufferedImage> readPhotos(Path dir, int minWidth, int minHeight) throws IOException {
        List<BufferedImage> photos = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                BufferedImage img = ImageIO.read(p.toFile());
                if (img != null && img.getWidth() >= minWidth && img.getHeight() >= minHeight) {
                    photos.add(img);
                }
            }
        }
        return photos;
    }

    @Override
    public Integer call() throws IOException {
        List<BufferedImage> sources = new ArrayList<>();
        sources.addAll(readPhotos(from, 320, 240));
        if (sources.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no photo of at least 320x240 in " + from);
        }
        Files.createDirectories(outDir);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            BufferedImage src = sources.get(random.nextInt(sources.size()));
            double zoom = 0.5 + random.nextDouble() * 0.5;
            int w = (int) (src.getWidth() * zoom);
            int h = Math.min(src.getHeight(), w * 3 / 4);
            w = h * 4 / 3;
            int x = random.nextInt(src.getWidth() - w + 1);
            int y = random.nextInt(src.getHeight() - h + 1);
            BufferedImage out = new BufferedImage(width, width * 3 / 4, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, width, width * 3 / 4, x, y, x + w, y + h, null);
            g.dispose();
            ImageIO.write(out, "jpg", outDir.resolve(String.format("photo-%05d.jpg", i)).toFile());
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf("wrote %d photos of %dx%d to %s from %d sources%n", count, width, width * 3 / 4, outDir, sources.size());
        return 0;
    }
}
