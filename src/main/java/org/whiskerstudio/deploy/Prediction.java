package org.whiskerstudio.deploy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The top classes for one image, most probable first, and the time it took (decode + preprocess + forward pass).
 *
 * @param source the file name, or "upload"
 */
public record Prediction(String source, List<ClassScore> top, double millis) {
    public Prediction {
        top = List.copyOf(top);
    }

    /** The {@code k} most probable classes (ties keep class order). */
    public static List<ClassScore> topK(List<String> classes, float[] probabilities, int k) {
        if (probabilities.length != classes.size()) {
            throw new IllegalArgumentException("the model gave " + probabilities.length + " probabilities for "
                    + classes.size() + " classes");
        }
        List<ClassScore> all = new ArrayList<>(classes.size());
        for (int i = 0; i < probabilities.length; i++) {
            all.add(new ClassScore(classes.get(i), probabilities[i]));
        }
        all.sort(Comparator.comparingDouble(ClassScore::probability).reversed());
        return List.copyOf(all.subList(0, Math.max(1, Math.min(k, all.size()))));
    }

    /** "CAT 0.95, DOG 0.04, BIRD 0.01". */
    public String summary() {
        StringBuilder s = new StringBuilder();
        for (ClassScore c : top) {
            s.append(s.length() == 0 ? "" : ", ").append(c.name()).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", c.probability()));
        }
        return s.toString();
    }
}
