package org.whiskerstudio.bench.dl4j;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** The examples of a pool "labelled" so far, in the order they were labelled; an example is labelled at most once. */
public final class LabelledSet {
    private final int poolSize;
    private final BitSet labelled;
    private final List<Integer> order = new ArrayList<>();

    /** Nothing labelled yet of examples {@code 0 .. poolSize - 1}. */
    public LabelledSet(int poolSize) {
        this.poolSize = poolSize;
        this.labelled = new BitSet(poolSize);
    }

    /** Labels {@code examples}; a repeat or an example outside the pool is a bug in the strategy, so it throws. */
    public void add(List<Integer> examples) {
        for (int example : examples) {
            if (example < 0 || example >= poolSize) {
                throw new IllegalArgumentException("example " + example + " is not in a pool of " + poolSize);
            }
            if (labelled.get(example)) {
                throw new IllegalArgumentException("example " + example + " is already labelled");
            }
            labelled.set(example);
            order.add(example);
        }
    }

    /** The labelled examples in the order they were labelled. */
    public List<Integer> chosen() {
        return List.copyOf(order);
    }

    public int size() {
        return order.size();
    }

    /** The examples still unlabelled, ascending. */
    public int[] unlabelled() {
        int[] rest = new int[poolSize - order.size()];
        int k = 0;
        for (int i = labelled.nextClearBit(0); i < poolSize; i = labelled.nextClearBit(i + 1)) {
            rest[k++] = i;
        }
        return rest;
    }
}
