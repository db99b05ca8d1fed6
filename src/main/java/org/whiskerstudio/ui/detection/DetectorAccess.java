package org.whiskerstudio.ui.detection;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.detection.BoxFinder;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.project.ProjectStore;

/**
 * How the screens reach an open project's detector runs, wired once by the application (the engine's side builds
 * the box finders and stores the evaluations), so no screen builds DL4J-side classes. Calls read files or load a
 * network: the screens make them off the UI thread.
 */
public interface DetectorAccess {
    /** A build without detectors: no runs, nothing stored, nothing to load. */
    DetectorAccess NONE = new DetectorAccess() {
        @Override
        public List<DetectorRun> runs(ProjectStore store) {
            return List.of();
        }

        @Override
        public Optional<DetectionSet> evaluation(ProjectStore store, long runId) {
            return Optional.empty();
        }

        @Override
        public BoxFinder finder(ProjectStore store, long runId) throws IOException {
            throw new IOException("This build has no detector engine.");
        }

        @Override
        public Optional<DetectionSet> evaluate(ProjectStore store, long runId, Progress progress,
                                               Cancellation cancellation) throws IOException {
            throw new IOException("This build has no detector engine.");
        }
    };

    /** The project's detector runs that saved a model, newest first. */
    List<DetectorRun> runs(ProjectStore store) throws IOException;

    /** The run's stored evaluation of its test part; empty when it was never evaluated. */
    Optional<DetectionSet> evaluation(ProjectStore store, long runId) throws IOException;

    /** The run's trained detector, with its confidence threshold and non-maximum suppression. */
    BoxFinder finder(ProjectStore store, long runId) throws IOException;

    /**
     * The run's detector for model-assisted labelling: every box scored at least {@code floor} (the run's own
     * suppression), so a threshold on screen may go below the run's, with the run's own confidence to start it at.
     * This default, for engines without thresholds of their own, is the plain finder and darknet's 0.25.
     */
    default Assist assist(ProjectStore store, long runId, double floor) throws IOException {
        return new Assist(finder(store, runId), DetectionSettings.DEFAULT_CONFIDENCE);
    }

    /** A detector for labelling, and the confidence threshold its run keeps. */
    record Assist(BoxFinder finder, double confidence) {
    }

    /**
     * Evaluates the run on the project's test part (as {@code whisker evaluate} does) and stores the evaluation;
     * empty when cancelled.
     */
    Optional<DetectionSet> evaluate(ProjectStore store, long runId, Progress progress, Cancellation cancellation)
            throws IOException;
}
