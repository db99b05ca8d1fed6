package org.whiskerstudio.suggest;

/** One class a model suggests, with the probability it gave it. */
public record ClassProbability(String className, double probability) {
    public ClassProbability {
        if (className.isBlank()) {
            throw new IllegalArgumentException("a suggested class needs a name");
        }
        if (!(probability >= 0 && probability <= 1.0001)) {
            throw new IllegalArgumentException("probability " + probability + " outside [0, 1]");
        }
    }
}
