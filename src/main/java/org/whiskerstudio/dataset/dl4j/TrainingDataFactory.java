package org.whiskerstudio.dataset.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.Batching;
import org.whiskerstudio.dataset.CachedExamples;
import org.whiskerstudio.dataset.ClassificationData.Example;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.dataset.Encoding;
import org.whiskerstudio.dataset.ExampleScope;
import org.whiskerstudio.dataset.ExampleSource;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.NormalisationFitter;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ProjectMedia;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.TensorCache;
import org.whiskerstudio.project.ProjectStore;

/**
 * From the project store to {@link TrainingTensors}: reads the examples (planning the split where images have none),
 * brings the tensor cache up to date, fits the normalisation on the training part and wires the iterators.
 */
public final class TrainingDataFactory {
    private TrainingDataFactory() {
    }

    /** For an architecture whose input is {@code input}, with the run's resize mode, batch size, seed and augmentation. */
    public static PreparedData prepare(ProjectStore store, TensorShape input, Batching batching, Progress progress,
                                       Cancellation cancellation) {
        Preprocessing preprocessing;
        try {
            preprocessing = Layout.preprocessing(input, batching.resize(), ProjectMedia.kind(store));
        } catch (IllegalArgumentException e) {
            return new PreparedData.Refused(List.of(e.getMessage()));
        }
        return prepare(store, preprocessing, Layout.of(input), batching.batchSize(),
                batching.seed(), batching.augmentation(), progress, cancellation);
    }

    public static PreparedData prepare(ProjectStore store, Preprocessing preprocessing, Layout layout, int batchSize,
                                       long seed, Augmentation augmentation, Progress progress,
                                       Cancellation cancellation) {
        return prepare(store, preprocessing, Optional.empty(), layout, batchSize, seed, augmentation, progress,
                cancellation);
    }

    /**
     * The same with a standardisation kept from elsewhere instead of fitted on the training part: a start model's,
     * whose layers learned behind it, or a resumed run's own.
     */
    public static PreparedData prepare(ProjectStore store, Preprocessing preprocessing, Optional<Normalisation> kept,
                                       Layout layout, int batchSize, long seed, Augmentation augmentation,
                                       Progress progress, Cancellation cancellation) {
        return prepare(store, ExampleScope.LABELLED, preprocessing, kept, layout, batchSize, seed, augmentation,
                progress, cancellation);
    }

    /** The same over the examples of {@code scope}: an autoencoder of the whole project learns unlabelled ones too. */
    public static PreparedData prepare(ProjectStore store, ExampleScope scope, Preprocessing preprocessing,
                                       Optional<Normalisation> kept, Layout layout, int batchSize, long seed,
                                       Augmentation augmentation, Progress progress, Cancellation cancellation) {
        progress.update(0, -1, "Reading labels and the data split...");
        ClassificationData data = scope.read(new ClassificationDataReader(store));
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
            warnings.add(n + (n == 1 ? " example could not be read and was" : " examples could not be read and were")
                    + " left out.");
        }
        Encoding encoding = preprocessing.encoding();
        Augmentation changes = augmentation;
        if (encoding != Encoding.PIXELS && !augmentation.isNone()) {
            // Flips, crops and rotations are image changes; on a series or a text they would garble steps.
            changes = Augmentation.none();
            warnings.add("Augmentation applies to images only; it is off for this " + encoding.kind().name()
                    .toLowerCase(Locale.ROOT) + " project.");
        }
        CachedExamples all = part(cache, data, null);
        String fit = all.sequenceFit().sentence();
        if (!fit.isEmpty()) {
            warnings.add(fit);
        }
        // One-hot symbols are already 0 or 1; standardising a rare symbol would blow it up to a huge value.
        Normalisation normalisation = kept.orElseGet(() -> encoding.isText()
                ? Normalisation.identity(preprocessing.channels()) : NormalisationFitter.fit(train));
        TrainingTensors training = new ExampleTrainingData(data.classes(), train, part(cache, data, Subset.VALIDATION),
                part(cache, data, Subset.TEST), normalisation, layout, batchSize, seed, changes);
        return new PreparedData.Ready(training, data, warnings, build.problems(), build);
    }

    /** The examples of one part (all of them for {@code null}) that the cache holds, in image order. */
    static CachedExamples part(TensorCache cache, ClassificationData data, Subset subset) {
        List<Example> examples = subset == null ? data.examples() : data.part(subset);
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
        return new CachedExamples(cache, Arrays.copyOf(slots, n), Arrays.copyOf(labels, n));
    }
}
