package org.whiskerstudio.ui.deploy;

import java.util.Optional;
import org.whiskerstudio.deploy.DeployService;
import org.whiskerstudio.project.ProjectStore;

/** Where the studio gets an open project's deploy service; wired once in {@code AppContext}. */
@FunctionalInterface
public interface DeployServiceFactory {
    /** No engine: the Deploy screen says prediction is unavailable. */
    DeployServiceFactory UNAVAILABLE = store -> Optional.empty();

    Optional<DeployService> open(ProjectStore store);
}
