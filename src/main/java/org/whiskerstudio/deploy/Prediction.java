package org.whiskerstudio.deploy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The top classes for one image, most probable first, and the time it took (decode + preprocess + forward pass); an
 * anomaly model's answer has no classes but its score and verdict, a detector's its boxes.
 *
 * @param source  the file name, or "upload"
 * @param anomaly an anomaly model's score and verdict; empty for a classifier's answer
 * @param boxes   a detector's boxes with the image's size; empty for the other kinds
 */
public record Prediction(String source, List<ClassScore> top, double millis, Optional<AnomalyVerdict> anomaly,
                         Optional<FoundBoxes> boxes) {
    public Prediction {
        top = List.copyOf(top);
    }

    /** A classifier's answer. */
    public Prediction(String source, List<ClassScore> top, double millis) {
        this(source, top, millis, Optional.empty(), Optional.empty());
    }

    /** An anomaly model's answer. */
    public static Prediction scored(String source, AnomalyVerdict verdict, double millis) {
        return new Prediction(source, List.of(), millis, Optional.of(verdict), Optional.empty());
    }

    /** A detector's answer. */
    public static Prediction found(String source, FoundBoxes boxes, double millis) {
        return new Prediction(source, List.of(), millis, Optional.empty(), Optional.of(boxes));
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

    /** "CAT 0.95, DOG 0.04, BIRD 0.01", the anomaly verdict's sentence, or "2 boxes: cat 0.91, dog 0.40". */
    public String summary() {
        if (anomaly.isPresent()) {
            return anomaly.get().sentence();
        }
        if (boxes.isPresent()) {
            FoundBoxes b = boxes.get();
            return b.boxes().isEmpty() ? "no box" : b.boxes().size() + (b.boxes().size() == 1 ? " box: " : " boxes: ")
                    + String.join(", ", b.boxes().stream().map(d -> b.name(d) + String.format(Locale.ROOT, " %.2f",
                    d.score())).toList());
        }
        StringBuilder s = new StringBuilder();
        for (ClassScore c : top) {
            s.append(s.length() == 0 ? "" : ", ").append(c.name()).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", c.probability()));
        }
        return s.toString();
    }
}
