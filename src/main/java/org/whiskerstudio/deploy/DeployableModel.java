package org.whiskerstudio.deploy;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A model the Deploy screen can load: a run of the project's history, or a bundle imported into its {@code models/}
 * folder.
 *
 * @param label what the chooser shows ("LeNet #2 (run 7)", "cats.whisker-model.zip (imported)")
 */
public record DeployableModel(String label, Optional<Long> runId, Optional<Path> bundle) {
    public static DeployableModel run(long id, String label) {
        return new DeployableModel(label, Optional.of(id), Optional.empty());
    }

    public static DeployableModel imported(Path bundle) {
        return new DeployableModel(bundle.getFileName() + " (imported)", Optional.empty(), Optional.of(bundle));
    }

    public boolean isRun() {
        return runId.isPresent();
    }

    @Override
    public String toString() {
        return label;
    }
}
