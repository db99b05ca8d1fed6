package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.dataset.ExampleScope;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ProjectMedia;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.dataset.dl4j.GanDataFactory;
import org.whiskerstudio.dataset.dl4j.PreparedData;
import org.whiskerstudio.dataset.dl4j.TrainingDataFactory;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;
import org.whiskerstudio.dataset.text.CharData;
import org.whiskerstudio.detection.DetectionData;
import org.whiskerstudio.detection.DetectionDataReader;
import org.whiskerstudio.detection.DetectionLabels;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.project.sequences.Series;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.TrainingConfig;

/**
 * A project's labelled images as training data (or all its examples, {@link #withUnlabelled()}): its stored split,
 * the tensor cache and normalisation.
 */
public final class ProjectDataSource implements TrainingDataSource {
    private final ProjectStore store;
    private final ExampleScope scope;
    private volatile ClassificationData lastRead;
    private volatile Optional<Preprocessing> lastPreprocessing = Optional.empty();

    public ProjectDataSource(ProjectStore store) {
        this(store, ExampleScope.LABELLED);
    }

    private ProjectDataSource(ProjectStore store, ExampleScope scope) {
        this.store = store;
        this.scope = scope;
    }

    /** The same project with its unlabelled examples (and those of several classes) included. */
    @Override
    public TrainingDataSource withUnlabelled() {
        return new ProjectDataSource(store, ExampleScope.ALL);
    }

    @Override
    public List<String> classes() {
        return read().classes();
    }

    @Override
    public List<String> warnings(Architecture architecture) {
        ClassificationData data = read();
        List<String> all = new ArrayList<>(data.errors());
        all.addAll(data.warnings());
        return all;
    }

    /** All the project's texts (the Train screen has no class choice for them). */
    @Override
    public CharData characters(int steps) throws SequenceUnreadable {
        return CharData.prepare(store, Optional.empty(), steps);
    }

    @Override
    public DetectionLabels detectionLabels() {
        return DetectionLabels.read(store, true);
    }

    @Override
    public DetectionData detection(int size, int channels, Progress progress, Cancellation cancellation) {
        return new DetectionDataReader(store).read(size, channels, progress, cancellation);
    }

    @Override
    public TrainingTensors prepare(Architecture architecture, TrainingConfig config, Progress progress,
                                Cancellation cancellation) {
        // Decided here rather than inside the factory so the run can record what it trained on.
        return prepare(architecture, config, preprocessingFor(architecture, config), progress, cancellation);
    }

    /** The same with a given preprocessing: a run's recorded one, to resume or score it as it was trained. */
    @Override
    public TrainingTensors prepare(Architecture architecture, TrainingConfig config, Preprocessing preprocessing,
                                Progress progress, Cancellation cancellation) {
        return prepare(architecture, config, preprocessing, Optional.empty(), progress, cancellation);
    }

    @Override
    public TrainingTensors prepare(Architecture architecture, TrainingConfig config, Preprocessing preprocessing,
                                Normalisation kept, Progress progress, Cancellation cancellation) {
        return prepare(architecture, config, preprocessing, Optional.of(kept), progress, cancellation);
    }

    private TrainingTensors prepare(Architecture architecture, TrainingConfig config, Preprocessing preprocessing,
                                 Optional<Normalisation> kept, Progress progress, Cancellation cancellation) {
        TensorShape input = inputOf(architecture);
        TrainingTensors data = unwrap(TrainingDataFactory.prepare(store, scope, preprocessing, kept, Layout.of(input),
                config.batchSize(), config.seed(), config.augmentation(), progress, cancellation));
        lastPreprocessing = Optional.of(preprocessing);
        return data;
    }

    @Override
    public Optional<Preprocessing> preprocessing() {
        return lastPreprocessing;
    }

    @Override
    public MediaKind mediaKind() {
        return ProjectMedia.kind(store);
    }

    /** The first stored series' column names (a project's series share them: its import chose them). */
    @Override
    public List<String> seriesFeatures() {
        for (ImageAsset a : store.images(ImageQuery.ALL)) {
            if (MediaKind.of(a.format()) == MediaKind.SERIES) {
                try {
                    return Series.read(store.layout().resolveStored(a.storedPath())).features();
                } catch (SequenceUnreadable e) {
                    // Names only label the lines; unreadable data is reported where training reads it.
                    return List.of();
                }
            }
        }
        return List.of();
    }

    private TrainingTensors unwrap(PreparedData prepared) {
        if (prepared instanceof PreparedData.Ready ready) {
            lastRead = ready.examples();
            return ready.data();
        }
        if (prepared instanceof PreparedData.Refused refused) {
            throw new IllegalArgumentException(String.join(" ", refused.errors()));
        }
        throw new CancellationException("Stopped while preparing the data.");
    }

    @Override
    public TrainingTensors prepareGan(Architecture gan, GanSettings settings, TrainingConfig config, Progress progress,
                                   Cancellation cancellation) {
        return unwrap(GanDataFactory.prepare(store, GanTrainer.imageShape(gan), settings.learnedClass(), config.batchSize(),
                config.seed(), progress, cancellation));
    }

    @Override
    public String splitSummary(TrainingTensors data) {
        ClassificationData examples = lastRead != null ? lastRead : read();
        Map<Subset, Long> counts = new EnumMap<>(Subset.class);
        examples.examples().forEach(e -> counts.merge(e.subset(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> e.getKey().key() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + " " + mediaKind().plural()
                + " (seeded, stratified, stored in the project)"
                + (examples.withoutClass() == 0 ? "" : ", " + examples.withoutClass() + " of them without a label")
                + "; classes: " + String.join(", ", data.classes());
    }

    @Override
    public void writeSplit(Path file) throws IOException {
        ClassificationData examples = lastRead != null ? lastRead : read();
        StringBuilder csv = new StringBuilder("sha256,part,class\n");
        for (ClassificationData.Example e : examples.examples()) {
            csv.append(e.sha256()).append(',').append(e.subset().key()).append(',')
                    .append(quoted(examples.className(e))).append('\n');
        }
        AtomicFiles.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    private ClassificationData read() {
        return scope.read(new ClassificationDataReader(store));
    }

    /** The shape the architecture's input layer takes. */
    static TensorShape inputOf(Architecture architecture) {
        return architecture.network().inputShape().orElseThrow(() -> new IllegalArgumentException("\"" + architecture.name() + "\" has no input layer."));
    }
}
