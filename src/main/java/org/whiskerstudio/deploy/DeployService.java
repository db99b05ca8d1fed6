package org.whiskerstudio.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.whiskerstudio.common.Progress;

/** Deployment for one open project: its models, loading, bundle and ONNX export, bundle import. Calls may take seconds. */
public interface DeployService {
    /** Runs that saved a model, newest first, then bundles imported into the project. */
    List<DeployableModel> models();

    LoadedModel load(DeployableModel model) throws IOException;

    /**
     * Writes a bundle of the run to {@code out}; {@link BundleOptions#withOnnx()} adds {@code model.onnx}, checked as
     * {@link #exportOnnx} checks it, with its parity line on the card. When the check fails (or the model has no ONNX
     * form) the bundle is written without it, and the answer says why; a detector's card takes the options'
     * thresholds, else the run's.
     */
    ExportedBundle export(long runId, Path out, BundleOptions options, Progress progress) throws IOException;

    /**
     * Writes the run's best model as ONNX to {@code out}, checked against DL4J on up to 200 of the project's test
     * examples.
     *
     * @throws OnnxParityFailed saying how they disagreed; nothing is written
     */
    OnnxParity exportOnnx(long runId, Path out, Progress progress) throws IOException;

    /**
     * Checks a bundle completely (as loading does) and copies it into the project's {@code models/} folder.
     *
     * @throws BundleRefused naming the file and the problem; nothing is copied
     */
    DeployableModel importBundle(Path bundle) throws IOException;
}
