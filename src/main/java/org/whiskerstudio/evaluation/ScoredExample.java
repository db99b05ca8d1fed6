package org.whiskerstudio.evaluation;

import java.util.Arrays;

/**
 * One labelled example as a model scored it (a deploy-time answer is {@code deploy.Prediction}): its true class, the class it predicted (the most probable one unless
 * a threshold decided) and the probability of every class, in the model's class order.
 */
public record ScoredExample(long imageId, String sha256, int trueIndex, int predictedIndex, float[] probabilities) {
    public ScoredExample {
        probabilities = probabilities.clone();
        if (trueIndex < 0 || trueIndex >= probabilities.length || predictedIndex < 0
                || predictedIndex >= probabilities.length) {
            throw new IllegalArgumentException("class indices " + trueIndex + "/" + predictedIndex + " outside "
                    + probabilities.length + " classes");
        }
    }

    /** The prediction of the most probable class (the first one on ties). */
    public static ScoredExample of(long imageId, String sha256, int trueIndex, float[] probabilities) {
        return new ScoredExample(imageId, sha256, trueIndex, argMax(probabilities), probabilities);
    }

    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }

    public float probability(int classIndex) {
        return probabilities[classIndex];
    }

    /** The probability of the predicted class. */
    public float confidence() {
        return probabilities[predictedIndex];
    }

    public boolean correct() {
        return trueIndex == predictedIndex;
    }

    /** Whether the true class is among the {@code k} most probable ones (ties counted in the true class's favour). */
    public boolean inTop(int k) {
        float truth = probabilities[trueIndex];
        int above = 0;
        for (float p : probabilities) {
            if (p > truth) {
                above++;
            }
        }
        return above < k;
    }

    /** The same prediction for an image whose label was corrected. */
    public ScoredExample withTrue(int nextTrueIndex) {
        return new ScoredExample(imageId, sha256, nextTrueIndex, predictedIndex, probabilities);
    }

    public ScoredExample withPredicted(int nextPredictedIndex) {
        return new ScoredExample(imageId, sha256, trueIndex, nextPredictedIndex, probabilities);
    }

    /** The index of the largest value, the first one on ties. */
    public static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoredExample p && p.imageId == imageId && p.sha256.equals(sha256) && p.trueIndex == trueIndex
                && p.predictedIndex == predictedIndex && Arrays.equals(p.probabilities, probabilities);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(imageId) * 31 + trueIndex * 7 + predictedIndex;
    }

    @Override
    public String toString() {
        return "ScoredExample[image " + imageId + ", true " + trueIndex + ", predicted " + predictedIndex + " at "
                + confidence() + "]";
    }
}
