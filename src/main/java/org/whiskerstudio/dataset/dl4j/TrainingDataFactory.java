package org.whiskerstudio.dataset.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.CachedExamples;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.ClassificationData.Example;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.dataset.ExampleSource;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.TensorCache;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.TrainingConfig;

/**
 * From the project store to {@link TrainingData}: reads the examples (planning the split where images have none),
 * brings the tensor cache up to date, fits the normalisation on the training part and wires the iterators.
 */
public final class TrainingDataFactory {
    private TrainingDataFactory() {
    }

    /** For an architecture whose input is {@code input}, with the run's resize mode, batch size, seed and augmentation. */
    public static PreparedData prepare(ProjectStore store, TensorShape input, TrainingConfig config, Progress progress,
                                       Cancellation cancellation) {
        return prepare(store, Layout.preprocessing(input, config.resize()), Layout.of(input), config.batchSize(),
                config.seed(), config.augmentation(), progress, cancellation);
    }

    public static PreparedData prepare(ProjectStore store, Preprocessing preprocessing, Layout layout, int batchSize,
                                       long seed, Augmentation augmentation, Progress progress,
                                       Cancellation cancellation) {
        progress.update(0, -1, "Reading labels and the data split...");
        ClassificationData data = new ClassificationDataReader(store).read();
        if (!data.canTrain()) {
            return new PreparedData.Refused(data.errors());
        }
        TensorCache cache = TensorCache.open(store.layout(), preprocessing);
        List<TensorCache.Item> items = data.examples().stream()
                .map(e -> new TensorCache.Item(e.sha256(), e.file())).toList();
        TensorCache.BuildReport build = cache.build(items, Runtime.getRuntime().availableProcessors(), progress,
                cancellation);
        if (build.cancelled()) {
            return new PreparedData.Cancelled();
        }
        ExampleSource train = part(cache, data, Subset.TRAIN);
        if (train.size() == 0) {
            return new PreparedData.Refused(List.of("None of the training images could be read; see the problems listed."));
        }
        List<String> warnings = new ArrayList<>(data.warnings());
        if (!build.problems().isEmpty()) {
            int n = build.problems().size();
            warnings.add(n + (n == 1 ? " image could not be read and was" : " images could not be read and were")
                    + " left out.");
        }
        TrainingData training = new ExampleTrainingData(data.classes(), train, part(cache, data, Subset.VALIDATION),
                part(cache, data, Subset.TEST), layout, batchSize, seed, augmentation);
        return new PreparedData.Ready(training, data, warnings, build.problems(), build);
    }

    /** The examples of one part that the cache holds, in image order. */
    static ExampleSource part(TensorCache cache, ClassificationData data, Subset subset) {
        List<Example> examples = data.part(subset);
        int[] slots = new int[examples.size()];
        int[] labels = new int[examples.size()];
        int n = 0;
        for (Example e : examples) {
            OptionalInt slot = cache.slot(e.sha256());
            if (slot.isPresent()) {
                slots[n] = slot.getAsInt();
                labels[n] = e.classIndex();
                n++;
            }
        }
        return new CachedExamples(cache, java.util.Arrays.copyOf(slots, n), java.util.Arrays.copyOf(labels, n));
    }
}
