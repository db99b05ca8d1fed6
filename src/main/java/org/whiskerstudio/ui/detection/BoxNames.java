package org.whiskerstudio.ui.detection;

import java.util.List;
import java.util.Locale;

/** How the screens name a box: its class, and for a model's box the score ("cat 0.87"). */
public final class BoxNames {
    private BoxNames() {
    }

    /** "cat 0.87": a model's box as the screens name it. */
    public static String caption(String className, double score) {
        return String.format(Locale.ROOT, "%s %.2f", className, score);
    }

    /** The class name of index {@code k}, or "class k" when the run knows fewer classes. */
    public static String nameOf(List<String> classes, int k) {
        return k < classes.size() ? classes.get(k) : "class " + k;
    }
}
