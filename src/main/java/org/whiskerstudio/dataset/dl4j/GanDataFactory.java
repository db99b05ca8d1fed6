package org.whiskerstudio.dataset.dl4j;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.dataset.ExampleSource;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.TensorCache;
import org.whiskerstudio.project.ProjectStore;

/**
 * Real images for a GAN's discriminator: the training part of the project (never the test part), or of one
 * class, scaled to [-1, 1] to match the generator's TANH output, from the same tensor cache as classification.
 */
public final class GanDataFactory {
    private GanDataFactory() {
    }

    /** Scales [0, 1] pixels to [-1, 1]: (x - 0.5) / 0.5 per channel. */
    public static Normalisation tanhRange(int channels) {
        float[] half = new float[channels];
        Arrays.fill(half, 0.5f);
        return new Normalisation(half, half);
    }

    /**
     * @param className one class to learn, or empty for every labelled image
     * @return the data (its {@code train(epoch)} batches are the real images), or refusal reasons
     */
    public static PreparedData prepare(ProjectStore store, TensorShape.Image image, Optional<String> className,
                                       int batchSize, long seed, Progress progress, Cancellation cancellation) {
        progress.update(0, -1, "Reading labels...");
        ClassificationData all = new ClassificationDataReader(store).read();
        OptionalIndex wanted = OptionalIndex.of(all.classes(), className);
        if (wanted.missing()) {
            return new PreparedData.Refused(List.of("The project has no class named \"" + className.orElse("") + "\"."));
        }
        List<ClassificationData.Example> examples = all.part(Subset.TRAIN).stream()
                .filter(e -> wanted.index() < 0 || e.classIndex() == wanted.index()).toList();
        if (examples.size() < 2) {
            return new PreparedData.Refused(List.of("A GAN needs at least 2 training images"
                    + className.map(c -> " of class " + c).orElse("") + "; there are " + examples.size() + "."));
        }
        ClassificationData chosen = new ClassificationData(all.classes(), examples, all.unlabelled(), all.severalClasses(),
                all.warnings(), List.of());
        Preprocessing preprocessing = new Preprocessing(image.width(), image.height(), image.channels(), ResizeMode.STRETCH);
        TensorCache cache = TensorCache.open(store.layout(), preprocessing);
        TensorCache.BuildReport build = cache.build(examples.stream().map(e -> new TensorCache.Item(e.sha256(), e.file())).toList(),
                Runtime.getRuntime().availableProcessors(), progress, cancellation);
        if (build.cancelled()) {
            return new PreparedData.Cancelled();
        }
        ExampleSource train = TrainingDataFactory.part(cache, chosen, Subset.TRAIN);
        ExampleSource none = TrainingDataFactory.part(cache, chosen, Subset.TEST);
        TrainingTensors data = new ExampleTrainingData(all.classes(), train, none, none, tanhRange(image.channels()),
                Layout.IMAGE, batchSize, seed, Augmentation.none());
        return new PreparedData.Ready(data, chosen, List.of(), build.problems(), build);
    }

    private record OptionalIndex(int index, boolean missing) {
        static OptionalIndex of(List<String> classes, Optional<String> name) {
            if (name.isEmpty()) {
                return new OptionalIndex(-1, false);
            }
            int i = classes.indexOf(name.get());
            return new OptionalIndex(i, i < 0);
        }
    }
}
