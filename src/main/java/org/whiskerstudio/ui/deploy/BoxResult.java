package org.whiskerstudio.ui.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.whiskerstudio.detection.Detection;
import org.whiskerstudio.ui.detection.BoxNames;

/**
 * One file tried on a detector: the boxes found (best first) with the run's classes, and the time it took; or why it
 * could not be read.
 */
public record BoxResult(Path file, List<Detection> boxes, List<String> classes, double millis, String error) {
    /** Boxes named in the one-line summary; the rest are counted. */
    static final int NAMED = 4;

    public BoxResult {
        boxes = List.copyOf(boxes);
        classes = List.copyOf(classes);
    }

    static BoxResult failed(Path file, String error) {
        return new BoxResult(file, List.of(), List.of(), 0, error);
    }

    /** "street.jpg: 3 boxes: cat 0.91, dog 0.66, cat 0.40 (8.2 ms)". */
    public String summary() {
        if (!error.isEmpty()) {
            return file.getFileName() + ": " + error;
        }
        String named = boxes.stream().limit(NAMED).map(this::caption).collect(Collectors.joining(", "));
        String more = boxes.size() > NAMED ? ", ..." : "";
        return file.getFileName() + ": " + (boxes.isEmpty() ? "no box found" : boxes.size()
                + (boxes.size() == 1 ? " box: " : " boxes: ") + named + more)
                + String.format(Locale.ROOT, " (%.1f ms)", millis);
    }

    /** "cat 0.91". */
    public String caption(Detection d) {
        return BoxNames.caption(BoxNames.nameOf(classes, d.classIndex()), d.score());
    }

    /** "cat 0.91  at 12, 30  size 40 x 52 px": one box in the list beside the picture. */
    public String line(Detection d) {
        return String.format(Locale.ROOT, "%s  at %.0f, %.0f  size %.0f x %.0f px", caption(d), d.box().x1(),
                d.box().y1(), d.box().width(), d.box().height());
    }
}
