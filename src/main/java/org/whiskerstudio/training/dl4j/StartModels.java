package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import org.whiskerstudio.training.WeightSource;

/**
 * Reads the models runs start from. Bundles and other projects' runs come from anywhere, so the implementation is
 * deploy's, which reads them as it reads any bundle: nothing of the file is executed and only its parameters are
 * taken, into a network built from the architecture by our own code.
 */
public interface StartModels {
    /** For a service that cannot read start models: every run starts from new weights. */
    StartModels NONE = new StartModels() {
        @Override
        public StartModel describe(WeightSource source) {
            throw new IllegalArgumentException("This studio cannot start a run from " + source.describe() + " here.");
        }

        @Override
        public StartModel load(WeightSource source, Path target) {
            return describe(source);
        }
    };

    /**
     * What the source holds, without reading its weights (cheap enough to check a request before a run is recorded).
     *
     * @throws IllegalArgumentException when there is no such run or bundle, or it is not a classifier's
     * @throws IOException              when it cannot be read or is refused, saying why
     */
    StartModel describe(WeightSource source) throws IOException;

    /** The same, and its weights written to {@code target} as a plain model zip of its architecture. */
    StartModel load(WeightSource source, Path target) throws IOException;
}
