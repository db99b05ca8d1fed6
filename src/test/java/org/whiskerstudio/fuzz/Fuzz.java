package org.whiskerstudio.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A small seeded mutation fuzzer on plain JUnit: {@link #cases()} cases (system property {@code whisker.fuzz.cases},
 * 200 in {@code mvn -B verify}; a nightly run passes {@code -Dwhisker.fuzz.cases=5000}), each with its own edits
 * drawn from a seed ({@code whisker.fuzz.seed}) so any failure is replayed exactly. It prints how the cases ended: a
 * fuzzer whose cases all pass the same way tests little.
 */
public final class Fuzz {
    private static final long DEFAULT_SEED = 20261207L;

    /** One case: its number, its random source (for choices beyond the edits) and its edits; returns how it ended. */
    @FunctionalInterface
    public interface Case {
        String run(int number, Random random, List<Edit> edits) throws Exception;
    }

    private Fuzz() {
    }

    public static int cases() {
        return Integer.getInteger("whisker.fuzz.cases", 200);
    }

    /** Runs {@code cases} cases of {@code name}; a failure names the case, its seed and its edits. */
    public static Map<String, Integer> run(String name, int cases, Case body) {
        long seed = Long.getLong("whisker.fuzz.seed", DEFAULT_SEED) ^ name.hashCode();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < cases; i++) {
            Random random = new Random(seed + i);
            List<Edit> edits = Edit.random(random);
            try {
                outcomes.merge(body.run(i, random, edits), 1, Integer::sum);
            } catch (Exception | AssertionError | StackOverflowError e) {
                throw new AssertionError(name + " case " + i + " (seed " + seed + "): " + edits + ": " + e, e);
            }
        }
        System.out.println("fuzz " + name + ": " + cases + " cases, " + outcomes);
        return outcomes;
    }

    /** {@link #run(String, int, Case)} with {@link #cases()} cases. */
    public static Map<String, Integer> run(String name, Case body) {
        return run(name, cases(), body);
    }
}
