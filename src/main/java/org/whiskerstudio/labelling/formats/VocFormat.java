package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Pascal VOC: one XML file per image.
 *
 * <p><b>Reading</b> takes the devkit layout ({@code Annotations/*.xml}, images in {@code JPEGImages/}) or a
 * flat folder of {@code *.xml} files next to their images (labelImg's default). {@code <filename>} is looked up
 * in {@code JPEGImages/} or in the XML's folder ({@code <folder>} is ignored; {@code <path>}, an absolute path on
 * the labeller's machine, only stands in for a missing {@code <filename>} by its last part). Image paths must stay
 * inside the dataset folder. {@code <bndbox>} coordinates may be fractions (labelImg, CVAT write them);
 * {@code <difficult>} and {@code <truncated>} (0/1, optional, may be empty) become the flags
 * {@code difficult} and {@code truncated}; an object's {@code <polygon>} ({@code <x1><y1><x2><y2>...} or
 * {@code <pt><x/><y/></pt>...}) wins over its {@code <bndbox>}. The classes are listed in order of first
 * appearance (image by image in file-name order, tags before shapes), as VOC itself has no class list.
 *
 * <p><b>Coordinates are not shifted.</b> The original devkit counts pixels from 1; most tools that write VOC
 * today (labelImg, CVAT, Roboflow) use 0-based pixel coordinates, so values are taken as Whisker Studio's own
 * pixel coordinates and written back unchanged, which keeps round trips exact.
 *
 * <p><b>Writing</b> lays out {@code Annotations/<stem>.xml} and {@code JPEGImages/<file>}; images whose stems
 * clash (same name in different folders) get a number prefix, the same in both. With splits,
 * {@code ImageSets/Main/train.txt}, {@code val.txt}, {@code trainval.txt} and {@code test.txt} list the stems, as
 * the devkit expects (an image without a split is in none of them). Polygons are written as {@code <polygon>} plus their bounding {@code <bndbox>}. Numbers are
 * written as the shortest decimal that reads back to the same double ("12", "12.5").
 *
 * <p><b>Whisker Studio extension:</b> VOC has no image-level labels, so tags are written as
 * {@code <tags><tag>cat</tag></tags>} inside {@code <annotation>} and read back from there; other VOC tools ignore
 * the element. Flags other than difficult and truncated have no place in VOC and are not written. Label provenance is
 * an empty {@code <whisker_label_source source="suggested" run="3" probability="0.93"/>} in the {@code <object>} or
 * {@code <tag>} ({@link LabelSourceField}); it is parsed with the same DOCTYPE-refusing parser as the rest.
 */
public final class VocFormat implements AnnotationFormat {
    static final String ANNOTATIONS = "Annotations";
    static final String IMAGES = "JPEGImages";
    static final String IMAGE_SETS = "ImageSets/Main";

    @Override
    public String id() {
        return "voc";
    }

    @Override
    public String description() {
        return "Pascal VOC: one XML file per image (Annotations/ and JPEGImages/, or XML files next to the images)";
    }

    @Override
    public LabelledDataset read(Path source) throws FormatException, IOException {
        if (!Files.isDirectory(source)) {
            throw new FormatException(source, "", "is not a folder; choose the Pascal VOC folder "
                    + "(the one holding Annotations/ and JPEGImages/, or the .xml files)");
        }
        Path root = source.toAbsolutePath().normalize();
        boolean devkit = Files.isDirectory(root.resolve(ANNOTATIONS));
        Path xmlFolder = devkit ? root.resolve(ANNOTATIONS) : root;
        Path imageFolder = devkit ? root.resolve(IMAGES) : root;
        List<Path> files = xmlFiles(xmlFolder);
        if (files.isEmpty()) {
            throw new FormatException(source, "", "holds no Pascal VOC .xml files (looked in "
                    + (devkit ? ANNOTATIONS + "/" : "the folder itself and for an " + ANNOTATIONS + "/ folder") + ")");
        }
        List<DatasetImage> images = new ArrayList<>(files.size());
        for (Path file : files) {
            images.add(new VocAnnotationReader(root, imageFolder, file).read());
        }
        return new LabelledDataset(root, ClassNames.inOrderOfAppearance(List.of(), images), images);
    }

    @Override
    public void write(LabelledDataset dataset, Path out) throws IOException {
        ExportFolder.write(out, folder -> writeInto(dataset, folder));
    }

    private static void writeInto(LabelledDataset dataset, Path out) throws IOException {
        List<DatasetImage> images = dataset.images();
        List<String> names = ExportNames.of(images);
        for (int i = 0; i < images.size(); i++) {
            DatasetImage image = images.get(i);
            String name = names.get(i);
            ImageHeaders.Size size = ImageHeaders.of(image).orElse(new ImageHeaders.Size(0, 0));
            String xml = SafeXml.toText(VocAnnotationWriter.document(image, name, size.width(), size.height()));
            Path target = out.resolve(ANNOTATIONS).resolve(ExportNames.stem(name) + ".xml");
            Files.createDirectories(target.getParent());
            Files.writeString(target, xml, StandardCharsets.UTF_8);
            DatasetFiles.copyImage(image, out.resolve(IMAGES).resolve(name));
        }
        if (images.stream().anyMatch(i -> i.split() != Split.NONE)) {
            writeImageSets(images, names, out.resolve(IMAGE_SETS));
        }
    }

    /** The devkit's lists of stems; trainval is what most VOC training scripts read. */
    private static void writeImageSets(List<DatasetImage> images, List<String> names, Path folder) throws IOException {
        Files.createDirectories(folder);
        writeStems(folder.resolve("train.txt"), images, names, Set.of(Split.TRAIN));
        writeStems(folder.resolve("val.txt"), images, names, Set.of(Split.VAL));
        writeStems(folder.resolve("trainval.txt"), images, names, Set.of(Split.TRAIN, Split.VAL));
        writeStems(folder.resolve("test.txt"), images, names, Set.of(Split.TEST));
    }

    private static void writeStems(Path file, List<DatasetImage> images, List<String> names, Set<Split> splits)
            throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < images.size(); i++) {
            if (splits.contains(images.get(i).split())) {
                text.append(ExportNames.stem(names.get(i))).append('\n');
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<Path> xmlFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }
}
