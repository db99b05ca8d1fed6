package org.whiskerstudio.detection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ImageResizer;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.SplitPlanner;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageDecoder;
import org.whiskerstudio.project.imports.ImageRejected;

/**
 * Reads a project's boxed images (and reviewed images without boxes, as negatives: {@link DetectionLabels}) into
 * letterboxed examples of each part of the project's stored split, which a classifier of the same images shares.
 * Each image is decoded whole and upright, so its letterbox is computed on the size its boxes were drawn on.
 */
public final class DetectionDataReader {
    private final ProjectStore store;

    public DetectionDataReader(ProjectStore store) {
        this.store = store;
    }

    /** The input a detector of this side and channels takes: letterboxed, whatever the run's resize setting. */
    public static Preprocessing preprocessing(int size, int channels) {
        return new Preprocessing(size, size, channels, ResizeMode.LETTERBOX);
    }

    /**
     * The project's detection data for a square input.
     *
     * @throws IllegalArgumentException when the project has no box at all
     * @throws CancellationException    when cancelled
     */
    public DetectionData read(int size, int channels, Progress progress, Cancellation cancellation) {
        return read(size, channels, EnumSet.allOf(Subset.class), progress, cancellation);
    }

    /**
     * The same with only the images of {@code parts} decoded (the others' lists are empty, and the standardisation
     * is fitted on the training images read, if any): evaluation reads the test part alone.
     */
    public DetectionData read(int size, int channels, Set<Subset> wanted, Progress progress,
                              Cancellation cancellation) {
        DetectionLabels labels = DetectionLabels.read(store, true);
        if (labels.classes().isEmpty()) {
            throw new IllegalArgumentException("The project has no boxes to learn from: draw boxes (or polygons) "
                    + "around the objects on the Label screen first.");
        }
        Map<Long, Subset> parts = split(labels);
        ImageResizer resizer = new ImageResizer(preprocessing(size, channels));
        Map<Subset, List<DetectionExample>> byPart = new EnumMap<>(Subset.class);
        List<String> notes = new ArrayList<>();
        int unreadable = 0;
        int done = 0;
        for (DetectionLabels.Labelled image : labels.images()) {
            Subset part = parts.getOrDefault(image.imageId(), Subset.TRAIN);
            if (!wanted.contains(part)) {
                done++;
                continue;
            }
            if (cancellation.isCancelled()) {
                throw new CancellationException("Stopped while reading the images.");
            }
            progress.update(done++, labels.images().size(), "Reading the boxed images");
            Optional<DetectionExample> example = example(image, resizer, size);
            if (example.isEmpty()) {
                unreadable++;
                continue;
            }
            byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(example.get());
        }
        progress.update(done, labels.images().size(), "Images ready");
        if (unreadable > 0) {
            notes.add(unreadable + " image" + (unreadable == 1 ? "" : "s") + " could not be read and were left out.");
        }
        if (labels.skipped() > 0) {
            notes.add(labels.skipped() + " image" + (labels.skipped() == 1 ? " has" : "s have") + " no box and "
                    + (labels.skipped() == 1 ? "is" : "are") + " not marked reviewed, so "
                    + (labels.skipped() == 1 ? "it was" : "they were") + " left out (mark an image without objects "
                    + "reviewed to teach the detector it holds none).");
        }
        List<DetectionExample> train = byPart.getOrDefault(Subset.TRAIN, List.of());
        return new DetectionData(labels.classes(), size, channels, train,
                byPart.getOrDefault(Subset.VALIDATION, List.of()), byPart.getOrDefault(Subset.TEST, List.of()),
                DetectionData.fit(train, channels), notes);
    }

    /**
     * The stored part of each image, planned for new ones by their first box's class (negatives as a class of their
     * own), so each class is spread over the parts as a classifier's images are.
     */
    private Map<Long, Subset> split(DetectionLabels labels) {
        Map<Long, Long> classOf = new HashMap<>();
        labels.images().forEach(i -> classOf.put(i.imageId(),
                i.truths().isEmpty() ? -1L : (long) i.truths().get(0).classIndex()));
        return new SplitPlanner(store).ensureSplit(classOf);
    }

    /** The image decoded upright and letterboxed; empty when it cannot be read. */
    static Optional<DetectionExample> example(DetectionLabels.Labelled image, ImageResizer resizer, int size) {
        try {
            return Optional.of(letterboxed(image.imageId(), Files.readAllBytes(image.file()), resizer,
                    image.truths()));
        } catch (IOException | ImageRejected e) {
            return Optional.empty();
        }
    }

    /**
     * An image decoded upright, subsampled while decoding when it is large (never below four times the input, as a
     * classifier's input is: decoding every pixel of a 12 MP photo for a 128-pixel input took 2 s of a 2.5 s
     * prediction), and letterboxed by its full size, so its boxes map onto the input exactly.
     */
    private static DetectionExample letterboxed(long id, byte[] content, ImageResizer resizer,
                                                List<GroundTruth> truths) throws ImageRejected {
        int size = resizer.target().width();
        ImageDecoder.Sized decoded = new ImageDecoder().decodeSizedFor(content, size, size);
        Letterbox letterbox = new Letterbox(decoded.width(), decoded.height(), size);
        return new DetectionExample(id, resizer.placed(decoded.pixels(), letterbox.drawnWidth(),
                letterbox.drawnHeight()), letterbox, truths);
    }

    /** One file as a detector's input, with its letterbox: what a trained detector is asked about. */
    public static DetectionExample load(Path file, Preprocessing input) throws IOException {
        return decode(Files.readAllBytes(file), input, file.getFileName().toString());
    }

    /** An encoded image in memory (an upload) as a detector's input, with its letterbox. */
    public static DetectionExample decode(byte[] content, Preprocessing input, String name) throws IOException {
        try {
            return letterboxed(0, content, new ImageResizer(input), List.of());
        } catch (ImageRejected e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }
}
