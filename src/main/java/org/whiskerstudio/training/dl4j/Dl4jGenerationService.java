package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ClassificationDataReader;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.GanSettings;
import org.whiskerstudio.training.GeneratedImages;
import org.whiskerstudio.training.GenerationService;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;

/** {@link GenerationService} with DL4J: loads a run's generator.zip and draws images in chunks (progress, cancel). */
public final class Dl4jGenerationService implements GenerationService {
    /** Images per forward pass: small enough that Cancel answers at once, big enough to be quick. */
    static final int CHUNK = 64;
    private final ProjectStore store;
    private final RunStore runs;

    public Dl4jGenerationService(ProjectStore store) {
        this.store = store;
        this.runs = new RunStore(store);
    }

    @Override
    public List<TrainingRun> ganRuns() {
        return runs.list().stream().filter(r -> r.kind() == ModelKind.GAN && !r.status().isActive()
                && Files.isRegularFile(runs.folder(r.id()).generator())).toList();
    }

    @Override
    public Optional<String> learnedClass(long runId) {
        try {
            return runs.folder(runId).readGanSettings().flatMap(GanSettings::learnedClass);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    @Override
    public List<String> classNames() {
        return new ClassificationDataReader(store).read().classes();
    }

    @Override
    public Generated generate(long runId, int count, long seed, Progress progress, Cancellation cancellation) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("Make 1 to " + MAX_COUNT + " images at a time (asked for " + count + ").");
        }
        TrainingRun run = runs.get(runId).orElseThrow(() -> new IllegalArgumentException("There is no run " + runId + "."));
        if (run.kind() != ModelKind.GAN) {
            throw new IllegalArgumentException("Run \"" + run.name() + "\" trained a classifier, not a GAN: it has no generator.");
        }
        RunFolder folder = runs.folder(runId);
        if (!Files.isRegularFile(folder.generator())) {
            throw new IllegalArgumentException("Run \"" + run.name() + "\" has no saved generator (" + folder.generator()
                    + "): it ended before its first step.");
        }
        Architecture gan = runs.architecture(runId).orElseThrow();
        progress.update(0, count, "Loading the generator...");
        Generator generator;
        try {
            generator = Generator.load(folder.generator(), gan);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the generator " + folder.generator() + ": " + e.getMessage(), e);
        }
        List<byte[]> images = new ArrayList<>(count);
        for (int chunk = 0; images.size() < count; chunk++) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("Stopped after " + images.size() + " images.");
            }
            // Each chunk its own seed derived from the request's: the same seed and count make the same images.
            images.addAll(generator.generate(Math.min(CHUNK, count - images.size()), seed * 1_000_003L + chunk));
            progress.update(images.size(), count, "Made " + images.size() + " of " + count + " images");
        }
        var image = generator.image();
        return new Generated(runId, seed, image.width(), image.height(), image.channels(), images);
    }

    @Override
    public Optional<GeneratedImages.Added> add(Generated images, String className, Progress progress,
                                               Cancellation cancellation) {
        TrainingRun run = runs.get(images.runId()).orElseThrow(() -> new IllegalArgumentException(
                "There is no run " + images.runId() + " any more."));
        try {
            return GeneratedImages.add(store, images.images(), images.width(), images.height(), images.channels(),
                    className, run.id(), "gan-run" + run.id() + "-seed" + images.seed(), progress, cancellation);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated images into " + store.layout().root() + ": "
                    + e.getMessage(), e);
        }
    }
}
