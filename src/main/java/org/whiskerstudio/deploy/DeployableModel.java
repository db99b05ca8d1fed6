package org.whiskerstudio.deploy;

import java.nio.file.Path;
import java.util.Optional;
import org.whiskerstudio.architecture.ModelKind;

/**
 * A model the Deploy screen can offer: a run of the project's history, or a bundle imported into its {@code models/}
 * folder.
 *
 * @param label what the chooser shows ("LeNet #2 (run 7)", "cats.whisker-model.zip (imported)")
 * @param kind  what the model learnt, which decides what is offered for it ({@link #offer()})
 * @param note  what the screen says in place of the model's classes when it is not loaded to predict; "" otherwise
 */
public record DeployableModel(String label, Optional<Long> runId, Optional<Path> bundle, ModelKind kind, String note) {
    /** A classifier's run. */
    public static DeployableModel run(long id, String label) {
        return new DeployableModel(label, Optional.of(id), Optional.empty(), ModelKind.CLASSIFIER, "");
    }

    /** A run of any kind, with the note {@link DeployOffer#note} gives it. */
    public static DeployableModel run(long id, String label, ModelKind kind, String note) {
        return new DeployableModel(label, Optional.of(id), Optional.empty(), kind, note);
    }

    public static DeployableModel imported(Path bundle) {
        return new DeployableModel(bundle.getFileName() + " (imported)", Optional.empty(), Optional.of(bundle),
                ModelKind.CLASSIFIER, "");
    }

    public boolean isRun() {
        return runId.isPresent();
    }

    /** What the Deploy screen offers for it (bundle and ONNX export need a run besides). */
    public DeployOffer offer() {
        return DeployOffer.of(kind);
    }

    @Override
    public String toString() {
        return label;
    }
}
