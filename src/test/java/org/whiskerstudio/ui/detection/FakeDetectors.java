package org.whiskerstudio.ui.detection;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whiskerstudio.detection.BoxFinder;
import javax.imageio.ImageIO;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.detection.GroundTruth;
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
    private final Map<Long, DetectionSet> later = new HashMap<>();

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

    /**
     * Writes a picture for the screens to draw boxes on: a grey ground with a coloured block where each box is (the
     * box's class picks the colour), so a screenshot shows whether the boxes land on their objects.
     */
    public static Path picture(Path file, int width, int height, List<GroundTruth> objects) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8a8f98));
        g.fillRect(0, 0, width, height);
        Color[] colours = {new Color(0xe07b39), new Color(0x5a3a22), new Color(0x3a7bd5)};
        for (GroundTruth t : objects) {
            g.setColor(colours[t.classIndex() % colours.length]);
            g.fillOval((int) t.box().x1(), (int) t.box().y1(), (int) t.box().width(), (int) t.box().height());
        }
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
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

    /** "Evaluates" by storing the evaluation made by hand with {@link #evaluatedLater}, saying so on the way. */
    @Override
    public Optional<DetectionSet> evaluate(ProjectStore store, long runId, Progress progress,
                                           Cancellation cancellation) {
        progress.update(0, 1, "Finding boxes on the test part...");
        if (cancellation.isCancelled()) {
            return Optional.empty();
        }
        Optional.ofNullable(later.remove(runId)).ifPresent(this::evaluated);
        return evaluation(store, runId);
    }

    /** An evaluation that is stored once the run is evaluated. */
    public FakeDetectors evaluatedLater(DetectionSet set) {
        later.put(set.runId(), set);
        return this;
    }

    /** The runs made by hand keep 0.5 as their threshold, which the Label screen's starts at. */
    @Override
    public Assist assist(ProjectStore store, long runId, double floor) throws IOException {
        return new Assist(finder(store, runId), 0.5);
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
