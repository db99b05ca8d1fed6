package org.whiskerstudio.map;

import java.util.HashMap;
import java.util.Map;

/**
 * How well a map and its clusters agree with known classes (the bench's figures): cluster purity, normalised mutual
 * information (arithmetic mean normalisation, as scikit-learn's default), and 1-nearest-neighbour label agreement in
 * the 2-D map (leave-one-out, on a {@link SpatialGrid}).
 */
public final class MapMetrics {
    private MapMetrics() {
    }

    /** The share of points whose cluster's most common class is their own. */
    public static double purity(int[] cluster, int[] truth) {
        Map<Integer, Map<Integer, Integer>> counts = table(cluster, truth);
        int right = 0;
        for (Map<Integer, Integer> row : counts.values()) {
            right += row.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        return cluster.length == 0 ? 0 : right / (double) cluster.length;
    }

    /** I(C;T) / ((H(C) + H(T)) / 2); 1 when both partitions are one point each or identical. */
    public static double nmi(int[] cluster, int[] truth) {
        int n = cluster.length;
        Map<Integer, Integer> cs = marginal(cluster);
        Map<Integer, Integer> ts = marginal(truth);
        double mutual = 0;
        for (Map.Entry<Integer, Map<Integer, Integer>> row : table(cluster, truth).entrySet()) {
            for (Map.Entry<Integer, Integer> cell : row.getValue().entrySet()) {
                double p = cell.getValue() / (double) n;
                mutual += p * Math.log(p / ((cs.get(row.getKey()) / (double) n) * (ts.get(cell.getKey()) / (double) n)));
            }
        }
        double h = (entropy(cs, n) + entropy(ts, n)) / 2;
        return h == 0 ? 1 : mutual / h;
    }

    /** The share of points whose nearest other point in the map has the same class. */
    public static double oneNearestNeighbour(float[] xs, float[] ys, int[] truth) {
        if (xs.length < 2) {
            return 1;
        }
        SpatialGrid grid = new SpatialGrid(xs, ys);
        int same = 0;
        for (int i = 0; i < xs.length; i++) {
            int j = grid.nearestOther(i);
            if (j >= 0 && truth[j] == truth[i]) {
                same++;
            }
        }
        return same / (double) xs.length;
    }

    private static Map<Integer, Map<Integer, Integer>> table(int[] cluster, int[] truth) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (int i = 0; i < cluster.length; i++) {
            counts.computeIfAbsent(cluster[i], c -> new HashMap<>()).merge(truth[i], 1, Integer::sum);
        }
        return counts;
    }

    private static Map<Integer, Integer> marginal(int[] values) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts;
    }

    private static double entropy(Map<Integer, Integer> counts, int n) {
        double h = 0;
        for (int c : counts.values()) {
            double p = c / (double) n;
            h -= p * Math.log(p);
        }
        return h;
    }
}
