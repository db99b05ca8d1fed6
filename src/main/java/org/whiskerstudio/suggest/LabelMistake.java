package org.whiskerstudio.suggest;

/**
 * A labelled training or validation example that a run confidently puts in another class: possibly a wrong label.
 *
 * @param label       the example's class now
 * @param predicted   the run's most probable class
 * @param probability the run's probability of {@code predicted}
 */
public record LabelMistake(long imageId, String label, String predicted, double probability) {
    public LabelMistake {
        if (label.equalsIgnoreCase(predicted)) {
            throw new IllegalArgumentException("image " + imageId + ": the run agrees with its label " + label);
        }
    }
}
