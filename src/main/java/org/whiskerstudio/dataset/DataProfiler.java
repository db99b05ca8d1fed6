package org.whiskerstudio.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.whiskerstudio.architecture.DataProfile;
import org.whiskerstudio.architecture.ProjectTemplates;
import org.whiskerstudio.architecture.SequenceInputs;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.dataset.text.CharData;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * Measures a project's {@link DataProfile} for the templates: its classes and kinds of example; as image input the
 * size most of its images share when that is small (Fashion-MNIST's 28x28), otherwise 64x64, with one channel when
 * the images are grey-scale, else three; the LSTM inputs; and the character vocabulary of its texts.
 */
public final class DataProfiler {
    static final int MAX_NATIVE_SIDE = 128;
    /** The image the LSTM's rows come from when a project holds no images (its input then follows the other kind). */
    private static final TensorShape.Image NO_IMAGES = new TensorShape.Image(28, 28, 1);

    private DataProfiler() {
    }

    /**
     * The project's data as it is now. The character vocabulary reads all its texts, so it is measured only when the
     * character template is built (as before the profile existed), not when the template menu is listed.
     */
    public static DataProfile profile(ProjectStore store) {
        List<ImageAsset> examples = store.images(ImageQuery.ALL);
        Set<MediaKind> kinds = EnumSet.noneOf(MediaKind.class);
        examples.forEach(a -> kinds.add(MediaKind.of(a.format())));
        TensorShape.Image image = imageInput(store, examples);
        boolean images = kinds.isEmpty() || kinds.contains(MediaKind.IMAGE);
        SequenceInputs sequences = SequenceInputs.of(examples, images ? image : NO_IMAGES);
        Supplier<TensorShape.Sequence> characters = () -> new TensorShape.Sequence(CharData.STEPS,
                CharData.vocabularySize(store));
        return new DataProfile(store.labelClasses().size(), kinds, image, sequences, characters);
    }

    /** The templates fitted to the project's data as it is now. */
    public static ProjectTemplates templates(ProjectStore store) {
        return new ProjectTemplates(profile(store));
    }

    /** The image input alone (reads a few image headers, not the texts). */
    public static TensorShape.Image imageInput(ProjectStore store) {
        return imageInput(store, store.images(ImageQuery.ALL));
    }

    private static TensorShape.Image imageInput(ProjectStore store, List<ImageAsset> images) {
        Map<List<Integer>, Integer> sizes = new HashMap<>();
        for (ImageAsset a : images) {
            sizes.merge(List.of(a.width(), a.height()), 1, Integer::sum);
        }
        int channels = allGrey(store, images) ? 1 : 3;
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .filter(wh -> wh.get(0) <= MAX_NATIVE_SIDE && wh.get(1) <= MAX_NATIVE_SIDE)
                .map(wh -> new TensorShape.Image(wh.get(1), wh.get(0), channels))
                .orElse(new TensorShape.Image(64, 64, channels));
    }

    /** Grey-scale when a sample of the stored images all have one band (read from their headers, not decoded). */
    private static boolean allGrey(ProjectStore store, List<ImageAsset> images) {
        List<ImageAsset> sample = images.stream().limit(12).toList();
        if (sample.isEmpty()) {
            return false;
        }
        for (ImageAsset a : sample) {
            if (!isGrey(store.layout().resolveStored(a.storedPath()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGrey(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
                return types.hasNext() && types.next().getNumBands() == 1;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
