package org.whiskerstudio.ui.detection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.detection.BoxFinder;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.project.ProjectStore;

/**
 * Detector runs made by hand for the screens' tests: each run's boxes (the same on every image) and its stored
 * evaluation, with the files it was asked about recorded.
 */
public final class FakeDetectors implements DetectorAccess {
    private final List<DetectorRun> runs = new ArrayList<>();
    private final Map<Long, List<String>> classes = new HashMap<>();
    private final Map<Long, List<Detection>> boxes = new HashMap<>();
    private final Map<Long, DetectionSet> evaluations = new HashMap<>();
    private final List<Path> asked = new ArrayList<>();

    /** Adds a run that finds {@code found} on every image. */
    public FakeDetectors run(long id, String name, List<String> runClasses, List<Detection> found) {
        runs.add(new DetectorRun(id, name, name + " (run " + id + ")"));
        classes.put(id, List.copyOf(runClasses));
        boxes.put(id, List.copyOf(found));
        return this;
    }

    public FakeDetectors evaluated(DetectionSet set) {
        evaluations.put(set.runId(), set);
        return this;
    }

    /** The files the finders were asked about, in order. */
    public List<Path> asked() {
        return asked;
    }

    @Override
    public List<DetectorRun> runs(ProjectStore store) {
        return List.copyOf(runs);
    }

    @Override
    public Optional<DetectionSet> evaluation(ProjectStore store, long runId) {
        return Optional.ofNullable(evaluations.get(runId));
    }

    @Override
    public BoxFinder finder(ProjectStore store, long runId) throws IOException {
        if (!boxes.containsKey(runId)) {
            throw new IOException("no detector run " + runId);
        }
        return new BoxFinder() {
            @Override
            public List<String> classes() {
                return classes.get(runId);
            }

            @Override
            public List<Detection> find(Path image) {
                asked.add(image);
                return boxes.get(runId);
            }
        };
    }
}
