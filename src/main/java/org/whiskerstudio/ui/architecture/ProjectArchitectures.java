package org.whiskerstudio.ui.architecture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureJson;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.LayerSpec;
import org.whiskerstudio.architecture.ShapeInference;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;

/**
 * Templates and analysis adapted to an open project: its number of classes, and as image input the size most of
 * its images share when that is small (Fashion-MNIST's 28x28), otherwise 64x64; three channels.
 */
public final class ProjectArchitectures implements ArchitectureServices {
    static final int MAX_NATIVE_SIDE = 128;
    private final ProjectStore store;

    public ProjectArchitectures(ProjectStore store) {
        this.store = store;
    }

    @Override
    public int classes() {
        return store.labelClasses().size();
    }

    TensorShape.Image imageInput() {
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
            java.nio.file.Path file = store.layout().resolveStored(a.storedPath());
            try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
                java.util.Iterator<javax.imageio.ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                        : javax.imageio.ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    return false;
                }
                javax.imageio.ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    java.util.Iterator<javax.imageio.ImageTypeSpecifier> types = reader.getImageTypes(0);
                    if (!types.hasNext() || types.next().getNumBands() != 1) {
                        return false;
                    }
                } finally {
                    reader.dispose();
                }
            } catch (java.io.IOException | RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<Template> templates() {
        return List.of(
                new Template("MLP baseline", () -> new Architecture("MLP", Templates.mlp(imageInput(), classesOrTwo()), java.util.Optional.empty())),
                new Template("LeNet-style CNN", () -> new Architecture("LeNet", Templates.lenet(imageInput(), classesOrTwo()), java.util.Optional.empty())),
                new Template("Small VGG-style CNN (BatchNorm, Dropout)", () -> new Architecture("VGG small",
                        Templates.vggSmall(imageInput(), classesOrTwo()), java.util.Optional.empty())),
                new Template("LSTM sequence classifier (28 steps x 28 features)", () -> new Architecture("LSTM",
                        Templates.lstmClassifier(new TensorShape.Sequence(28, 28), classesOrTwo()), java.util.Optional.empty())),
                new Template("DCGAN (generator + discriminator)", () -> Templates.dcgan(imageInput(), 100)));
    }

    private int classesOrTwo() {
        return Math.max(2, classes());
    }

    @Override
    public String toJson(Architecture architecture) {
        return ArchitectureJson.write(architecture);
    }

    @Override
    public Architecture fromJson(String json) {
        return ArchitectureJson.read(json);
    }

    /** Classifiers are checked against the project's classes; a GAN's generator against its discriminator's input. */
    public Analysis analyse(Architecture a, ArchitectureEditorViewModel.Part part) {
        if (a.isGan() && part == ArchitectureEditorViewModel.Part.NETWORK) {
            LayerGraph d = a.discriminator().orElseThrow();
            TensorShape.Image image = d.nodes().stream().map(n -> n.spec())
                    .filter(s -> s instanceof LayerSpec.Input in && in.shape() instanceof TensorShape.Image)
                    .map(s -> (TensorShape.Image) ((LayerSpec.Input) s).shape()).findFirst()
                    .orElse(imageInput());
            return ShapeInference.analyseGenerator(a.network(), image);
        }
        LayerGraph g = part == ArchitectureEditorViewModel.Part.DISCRIMINATOR ? a.discriminator().orElseThrow() : a.network();
        int classes = classes();
        return ShapeInference.analyse(g, a.isGan() || classes < 2 ? OptionalInt.empty() : OptionalInt.of(classes));
    }
}
