package org.whiskerstudio.labelling.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.whiskerstudio.project.imports.ImageExtensions;

/**
 * YOLO as Ultralytics and darknet use it: a text file of label lines per image (see {@link YoloLabels}) and the
 * class names in {@code classes.txt} or {@code data.yaml}.
 *
 * <p><b>Reading</b> pairs each image under {@code images/} (any depth, so split folders too) with
 * {@code labels/<same relative path>.txt}; without an {@code images/} folder, images and their {@code .txt} files
 * sit side by side (labelImg's YOLO mode). An image without a label file has no labels. Sizes come from the image
 * files' headers, since labels are fractions of them; no image is decoded.
 *
 * <p><b>Writing</b> gives {@code images/<file>} and {@code labels/<stem>.txt}, or with splits
 * {@code images/train/...}, {@code labels/train/...} and so on, plus {@code classes.txt} (dataset.classes order,
 * then any class the labels use that it lacks) and a {@code data.yaml} for Ultralytics (names and the split folders
 * that have images; unsplit, both train and val point at {@code images}). Images whose stems clash get a number
 * prefix. Values have {@link YoloLabels#DIGITS} decimals; shapes are clipped to the image. An image with size 0
 * gets it from its file's header.
 *
 * <p><b>Whisker Studio extension:</b> YOLO has no image-level labels, so tags go to {@code tags.csv}
 * ({@code image,tag}, see {@link TagsCsv}) and are read back from it. YOLO has no flags (difficult, truncated):
 * they are not written. Label provenance, which a YOLO line has no room for, goes to
 * {@code whisker_label_sources.csv} ({@link LabelSourceSidecar}), so the label files stay plain YOLO.
 */
public final class YoloFormat implements AnnotationFormat {

    @Override
    public String id() {
        return "yolo";
    }

    @Override
    public String description() {
        return "YOLO (Ultralytics, darknet): images/, labels/*.txt with normalised boxes or polygons, classes.txt";
    }

    @Override
    public LabelledDataset read(Path source) throws FormatException, IOException {
        if (!Files.isDirectory(source)) {
            throw new FormatException(source, "", "is not a folder; choose the YOLO folder (the one holding "
                    + "images/, labels/ and classes.txt or data.yaml)");
        }
        Path root = source.toAbsolutePath().normalize();
        List<String> classes = YoloClasses.read(root);
        boolean inImagesFolder = Files.isDirectory(root.resolve("images"));
        List<Path> files = imageFiles(inImagesFolder ? root.resolve("images") : root, inImagesFolder);
        if (files.isEmpty()) {
            throw new FormatException(source, "", "has no images (looked in " + (inImagesFolder ? "images/" : "the folder") + ")");
        }
        List<String> paths = files.stream().map(f -> RelativePaths.of(root, f)).toList();
        Path tagsFile = root.resolve(TagsCsv.FILE_NAME);
        Map<String, List<String>> tags = Files.isRegularFile(tagsFile)
                ? TagsCsv.read(tagsFile, Set.copyOf(paths)) : Map.of();
        List<DatasetImage> images = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            images.add(image(files.get(i), paths.get(i), labelFile(root, files.get(i), inImagesFolder), classes,
                    tags.getOrDefault(paths.get(i), List.of())));
        }
        List<DatasetImage> withSources = LabelSourceSidecar.apply(root, images);
        return new LabelledDataset(root, ClassNames.inOrderOfAppearance(classes, withSources), withSources);
    }

    private static DatasetImage image(Path file, String path, Path labelFile, List<String> classes, List<String> tags)
            throws FormatException, IOException {
        List<String> lines = Files.isRegularFile(labelFile)
                ? Files.readAllLines(labelFile, StandardCharsets.UTF_8) : List.of();
        Optional<ImageHeaders.Size> size = ImageHeaders.read(file);
        if (size.isEmpty() && YoloLabels.hasLabels(lines)) {
            throw new FormatException(file, "", "its size cannot be read from the file's header (not a PNG, JPEG, "
                    + "BMP, GIF or TIFF image, or a broken one); YOLO labels need it to turn fractions into pixels");
        }
        List<DatasetShape> shapes = size.isPresent()
                ? YoloLabels.parse(labelFile, lines, classes, size.get()) : List.of();
        return DatasetImage.read(path, size.map(ImageHeaders.Size::width).orElse(0),
                size.map(ImageHeaders.Size::height).orElse(0), tags, shapes);
    }

    /** images/a/b.jpg has its labels in labels/a/b.txt; a loose image has them beside it. */
    private static Path labelFile(Path root, Path image, boolean inImagesFolder) {
        String stem = ExportNames.stem(image.getFileName().toString());
        Path folder = inImagesFolder ? root.resolve("labels").resolve(root.resolve("images").relativize(image.getParent()))
                : image.getParent();
        return folder.resolve(stem + ".txt");
    }

    @Override
    public void write(LabelledDataset dataset, Path out) throws IOException {
        ExportFolder.write(out, folder -> writeInto(dataset, folder));
    }

    private static void writeInto(LabelledDataset dataset, Path out) throws IOException {
        List<DatasetImage> images = dataset.images();
        List<String> classes = ClassNames.inOrderOfAppearance(dataset.classes(), images);
        YoloClasses.checkWritable(classes);
        Map<String, Integer> ids = new HashMap<>();
        classes.forEach(name -> ids.putIfAbsent(name, ids.size()));
        List<ImageHeaders.Size> sizes = sizes(images);
        List<String> names = ExportNames.of(images);
        List<String> imagePaths = new ArrayList<>();
        List<LabelSourceSidecar.Row> sources = new ArrayList<>();
        Set<Split> splits = new HashSet<>();
        for (int i = 0; i < images.size(); i++) {
            DatasetImage image = images.get(i);
            String folder = image.split() == Split.NONE ? "" : image.split().folderName() + "/";
            splits.add(image.split());
            StringBuilder labels = new StringBuilder();
            for (DatasetShape shape : image.shapes()) {
                labels.append(YoloLabels.line(ids.get(shape.className()), shape.shape(), sizes.get(i))).append('\n');
            }
            Path labelFile = out.resolve("labels/" + folder + ExportNames.stem(names.get(i)) + ".txt");
            Files.createDirectories(labelFile.getParent());
            Files.writeString(labelFile, labels, StandardCharsets.UTF_8);
            imagePaths.add("images/" + folder + names.get(i));
            DatasetFiles.copyImage(image, out.resolve(imagePaths.get(i)));
            sources.addAll(LabelSourceSidecar.rows(imagePaths.get(i), image));
        }
        TagsCsv.write(out.resolve(TagsCsv.FILE_NAME), imagePaths, images);
        LabelSourceSidecar.write(out, sources);
        List<Split> used = Stream.of(Split.TRAIN, Split.VAL, Split.TEST).filter(splits::contains).toList();
        YoloClasses.write(out, classes, used);
    }

    /** Every size, checked before anything is written; images without shapes need none. */
    private static List<ImageHeaders.Size> sizes(List<DatasetImage> images) throws IOException {
        List<ImageHeaders.Size> sizes = new ArrayList<>();
        for (DatasetImage image : images) {
            Optional<ImageHeaders.Size> size = ImageHeaders.of(image);
            if (size.isEmpty() && !image.shapes().isEmpty()) {
                throw new IOException("cannot write YOLO labels for " + image.path() + ": its width and height are "
                        + "unknown and no readable image file gives them");
            }
            sizes.add(size.orElse(new ImageHeaders.Size(1, 1)));
        }
        return sizes;
    }

    private static List<Path> imageFiles(Path folder, boolean recursive) throws IOException {
        try (Stream<Path> files = recursive ? Files.walk(folder) : Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(YoloFormat::isImage).sorted().toList();
        }
    }

    private static boolean isImage(Path file) {
        return ImageExtensions.named(file);
    }
}
