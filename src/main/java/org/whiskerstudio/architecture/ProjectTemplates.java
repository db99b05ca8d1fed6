package org.whiskerstudio.architecture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.whiskerstudio.dataset.text.CharData;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * The templates adapted to a project, shared by the layer editor and {@code whisker train --template}: its number
 * of classes, and as image input the size most of its images share when that is small (Fashion-MNIST's 28x28),
 * otherwise 64x64; one channel when the images are grey-scale, else three.
 */
public final class ProjectTemplates {
    static final int MAX_NATIVE_SIDE = 128;
    private final ProjectStore store;

    /** A template: a short id for the command line ("lenet"), a title for menus, and how to build it. */
    public record Template(String id, String title, Supplier<Architecture> build) {
    }

    public ProjectTemplates(ProjectStore store) {
        this.store = store;
    }

    public int classes() {
        return store.labelClasses().size();
    }

    /**
     * The templates that fit the project's data: image networks (MLP, CNNs, DCGAN) where there are images, the
     * LSTM classifier always (fitted to the majority kind), the word LSTM for texts and the character LSTM where
     * there are texts. An empty project is offered all of them.
     */
    public List<Template> all() {
        SequenceInputs sequences = sequences();
        java.util.Set<MediaKind> kinds = java.util.EnumSet.noneOf(MediaKind.class);
        store.images(ImageQuery.ALL).forEach(a -> kinds.add(MediaKind.of(a.format())));
        boolean images = kinds.isEmpty() || kinds.contains(MediaKind.IMAGE);
        boolean texts = kinds.isEmpty() || kinds.contains(MediaKind.TEXT);
        List<Template> all = new java.util.ArrayList<>();
        if (images) {
            all.add(new Template("mlp", "MLP baseline", () -> classifier("MLP", Templates.mlp(imageInput(), classesOrTwo()))));
            all.add(new Template("lenet", "LeNet-style CNN",
                    () -> classifier("LeNet", Templates.lenet(imageInput(), classesOrTwo()))));
            all.add(new Template("vgg", "Small VGG-style CNN (BatchNorm, Dropout)",
                    () -> classifier("VGG small", Templates.vggSmall(imageInput(), classesOrTwo()))));
        }
        all.add(lstm(sequences));
        if (sequences.kind() == MediaKind.TEXT) {
            all.add(lstmWords(sequences));
        }
        if (images) {
            all.add(new Template("dcgan", "DCGAN (generator + discriminator)", () -> Templates.dcgan(imageInput(), 100)));
        }
        if (texts) {
            all.add(new Template("charlstm", "Character LSTM: writes text like the project's texts",
                    () -> classifier("Char LSTM", Templates.charLstm(CharData.vocabularySize(store), CharData.STEPS))));
        }
        return List.copyOf(all);
    }

    /** The LSTM classifier fitted to the project's data (see {@link SequenceInputs}). */
    private Template lstm(SequenceInputs sequences) {
        TensorShape.Sequence input = sequences.input();
        String what = switch (sequences.kind()) {
            case IMAGE -> "image rows: " + input.steps() + " steps x " + input.features() + " features";
            case SERIES -> input.steps() + " steps x " + input.features() + " features";
            case TEXT -> "characters: the last " + input.steps() + " of each text, " + input.features() + " symbols";
        };
        return new Template("lstm", "LSTM sequence classifier (" + what + ")",
                () -> classifier("LSTM", Templates.lstmClassifier(input, classesOrTwo())));
    }

    /** For texts: the LSTM on words (hashed buckets) instead of characters; longer texts fit in fewer steps. */
    private Template lstmWords(SequenceInputs sequences) {
        TensorShape.Sequence input = sequences.words();
        return new Template("lstm-words", "LSTM text classifier on words (the last " + input.steps() + " words, "
                + input.features() + " hashed word buckets)",
                () -> classifier("LSTM on words", Templates.lstmClassifier(input, classesOrTwo())));
    }

    /** The LSTM inputs that fit the project; an image project's rows are read only when it has images. */
    public SequenceInputs sequences() {
        List<ImageAsset> examples = store.images(ImageQuery.ALL);
        boolean images = examples.stream().anyMatch(a -> MediaKind.of(a.format()) == MediaKind.IMAGE) || examples.isEmpty();
        return SequenceInputs.of(examples, images ? imageInput() : new TensorShape.Image(28, 28, 1));
    }

    /** The template with this id (case-insensitive). */
    public Optional<Template> byId(String id) {
        return all().stream().filter(t -> t.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    private static Architecture classifier(String name, LayerGraph graph) {
        return new Architecture(name, graph, Optional.empty());
    }

    private int classesOrTwo() {
        return Math.max(2, classes());
    }

    /** The image input the templates are built for. */
    public TensorShape.Image imageInput() {
        List<ImageAsset> images = store.images(ImageQuery.ALL);
        Map<List<Integer>, Integer> sizes = new HashMap<>();
        for (ImageAsset a : images) {
            sizes.merge(List.of(a.width(), a.height()), 1, Integer::sum);
        }
        int channels = allGrey(images) ? 1 : 3;
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .filter(wh -> wh.get(0) <= MAX_NATIVE_SIDE && wh.get(1) <= MAX_NATIVE_SIDE)
                .map(wh -> new TensorShape.Image(wh.get(1), wh.get(0), channels))
                .orElse(new TensorShape.Image(64, 64, channels));
    }

    /** Grey-scale when a sample of the stored images all have one band (read from their headers, not decoded). */
    private boolean allGrey(List<ImageAsset> images) {
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
