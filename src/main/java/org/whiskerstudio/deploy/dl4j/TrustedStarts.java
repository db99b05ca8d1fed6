package org.whiskerstudio.deploy.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureJson;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;
import org.whiskerstudio.deploy.BundleFormat;
import org.whiskerstudio.deploy.ModelCard;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectLayout;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.StartedFrom;
import org.whiskerstudio.training.WeightSource;
import org.whiskerstudio.training.dl4j.StartModel;
import org.whiskerstudio.training.dl4j.StartModels;
import org.whiskerstudio.training.dl4j.TrainedModel;

/**
 * The models runs of one project start from: a run of it or of another project, or a model bundle. All are read as
 * deploy reads a bundle, trusting nothing in the files: the bundle through {@link BundleFormat}, and every model zip
 * through {@link TrustedModel}, which takes only its parameters into a network our code builds from the architecture.
 */
public final class TrustedStarts implements StartModels {
    private final ProjectStore current;

    /** @param current the project being trained (a run id alone names one of its runs) */
    public TrustedStarts(ProjectStore current) {
        this.current = current;
    }

    @Override
    public StartModel describe(WeightSource source) throws IOException {
        return read(source, Optional.empty());
    }

    @Override
    public StartModel load(WeightSource source, Path target) throws IOException {
        Dl4jRuntime.configure();
        return read(source, Optional.of(target));
    }

    private StartModel read(WeightSource source, Optional<Path> target) throws IOException {
        if (source instanceof WeightSource.Bundle bundle) {
            return bundle(bundle.file(), target);
        }
        if (source instanceof WeightSource.ProjectRun run) {
            Path folder = run.project().map(p -> new ProjectLayout(p).root()).orElse(current.layout().root());
            if (folder.equals(current.layout().root())) {
                return run(current, run.runId(), target);
            }
            try (ProjectStore other = ProjectStore.openReadOnly(folder)) {
                return run(other, run.runId(), target);
            } catch (ProjectException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("New weights are not a model to start from.");
    }

    private static StartModel bundle(Path file, Optional<Path> target) throws IOException {
        String label = file.getFileName().toString();
        try (BundleFormat.Opened opened = BundleFormat.open(file)) {
            ModelCard card = opened.card();
            Architecture architecture = classifier(ArchitectureJson.read(card.architectureJson()), label);
            if (target.isPresent()) {
                TrustedModel.rebuild(opened.modelZip(), label + "!" + BundleFormat.MODEL, architecture, target.get());
            }
            return new StartModel(StartedFrom.bundle(file.toAbsolutePath().normalize().toString(), card.name(),
                    BundleFormat.sha256(file)), architecture, card.classes(), card.preprocessing());
        }
    }

    private static StartModel run(ProjectStore store, long runId, Optional<Path> target) throws IOException {
        Path root = store.layout().root();
        OpenedRun run = new RunStore(store).find(runId).orElseThrow(() -> new IllegalArgumentException(
                "The project " + root + " has no run " + runId + "."));
        Architecture architecture = classifier(run.architecture(), "run " + runId + " (\"" + run.name() + "\")");
        Path weights = TrainedModel.modelFile(run.folder());
        if (target.isPresent()) {
            TrustedModel.rebuild(weights, "run " + runId + "'s " + weights.getFileName(), architecture, target.get());
        }
        return new StartModel(StartedFrom.run(root.toString(), runId, run.name(), weights.getFileName().toString(),
                BundleFormat.sha256(weights)), architecture, TrainedModel.classesOf(run),
                TrainedModel.inputOf(store, run));
    }

    private static Architecture classifier(Architecture architecture, String what) {
        if (architecture.kind() != ModelKind.CLASSIFIER) {
            throw new IllegalArgumentException(what + " holds a " + architecture.kind().label()
                    + ", not a classifier; a run can only start from a classifier.");
        }
        return architecture;
    }
}
