package org.whiskerstudio.terminal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;
import org.whiskerstudio.detection.AreaRange;
import org.whiskerstudio.detection.ClassMetrics;
import org.whiskerstudio.detection.DetectionReport;
import org.whiskerstudio.detection.DetectionResults;
import org.whiskerstudio.detection.DetectionSettings;

/** A detector run's figures as {@code whisker evaluate} and {@code whisker bench detect} print them. */
public final class DetectionLines {
    private DetectionLines() {
    }

    /** The headline figures, COCO's by object size, and each class's AP. */
    public static void print(PrintWriter out, String title, DetectionResults results, DetectionReport report) {
        out.printf(Locale.ROOT, "%s on %s%n", title, results.data());
        out.printf(Locale.ROOT, "mAP@0.5 (VOC all-point)      %s%n", f(report.map50()));
        out.printf(Locale.ROOT, "mAP@0.5 (COCO 101-point)     %s%n", f(report.map50Coco()));
        out.printf(Locale.ROOT, "COCO mAP@[.5:.95]            %s%n", f(report.mapCoco()));
        for (AreaRange range : AreaRange.values()) {
            if (range != AreaRange.ALL) {
                out.printf(Locale.ROOT, "  %-26s %s%n", range.name().toLowerCase(Locale.ROOT) + " objects",
                        f(report.mapByArea().getOrDefault(range, OptionalDouble.empty())));
            }
        }
        int width = Math.max(16, results.classes().stream().mapToInt(String::length).max().orElse(0) + 2);
        String row = "%-" + width + "s %8s %8s %8s %8s %10s%n";
        out.println();
        out.printf(Locale.ROOT, row, "class", "AP@0.5", "AP50", "AP", "boxes", "detections");
        for (ClassMetrics c : report.classes()) {
            out.printf(Locale.ROOT, row, results.classes().get(c.classIndex()), f(c.ap50()), f(c.ap50Coco()),
                    f(c.apCoco()), c.truths(), c.detections());
        }
        out.printf(Locale.ROOT, "%nThresholds kept with the run: confidence %.2f, NMS IoU %.2f (mAP ranks every box "
                + "down to %.3f, under each class it scores for; predictions name each box's best class)%n",
                results.settings().confidence(), results.settings().nmsIou(), DetectionSettings.EVALUATION_CONFIDENCE);
    }

    static String f(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "-";
    }
}
