package org.whiskerstudio.ui.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.whiskerstudio.detection.ClassMetrics;
import org.whiskerstudio.ui.detection.BoxNames;

/** One class's line of the detection table, its figures as shown ("-" where the class has no ground truth). */
public record ClassApRow(String name, int truths, int detections, String ap50, String ap50Coco, String apCoco) {
    static ClassApRow of(ClassMetrics m, List<String> classes) {
        return new ClassApRow(BoxNames.nameOf(classes, m.classIndex()),
                m.truths(), m.detections(), figure(m.ap50()), figure(m.ap50Coco()), figure(m.apCoco()));
    }

    /** A figure to three places, or "-" when there is none. */
    static String figure(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "-";
    }
}
