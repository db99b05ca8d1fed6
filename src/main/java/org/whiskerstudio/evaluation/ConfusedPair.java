package org.whiskerstudio.evaluation;

/**
 * Two classes the model mixes up, in both directions.
 *
 * @param aAsB images of class {@code a} predicted as {@code b}
 * @param bAsA images of class {@code b} predicted as {@code a}
 */
public record ConfusedPair(int a, int b, int aAsB, int bAsA) {
    public int total() {
        return aAsB + bAsA;
    }
}
