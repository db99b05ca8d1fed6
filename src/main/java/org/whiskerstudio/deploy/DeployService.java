package org.whiskerstudio.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.whiskerstudio.common.Progress;

/** Deployment for one open project: its models, loading, bundle export and import. Calls may take seconds. */
public interface DeployService {
    /** Runs that saved a model, newest first, then bundles imported into the project. */
    List<DeployableModel> models();

    LoadedModel load(DeployableModel model) throws IOException;

    /** Writes a bundle of the run to {@code out}. */
    ModelCard export(long runId, Path out, Progress progress) throws IOException;

    /**
     * Checks a bundle completely (as loading does) and copies it into the project's {@code models/} folder.
     *
     * @throws BundleRefused naming the file and the problem; nothing is copied
     */
    DeployableModel importBundle(Path bundle) throws IOException;
}
