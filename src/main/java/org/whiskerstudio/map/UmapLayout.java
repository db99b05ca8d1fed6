package org.whiskerstudio.map;

import tagbio.umap.Umap;

/**
 * The 2-D layout: UMAP (tagbio's Java port, 15 neighbours, min distance 0.1, 200 epochs) with a fixed seed on one thread, so
 * the same embeddings always give the same map (the parallel neighbour search is not deterministic).
 */
public final class UmapLayout {
    static final long SEED = 42;
    static final int NEIGHBOURS = 15;
    static final int EPOCHS = 200;

    private UmapLayout() {
    }

    /** Two coordinates per row; fewer rows than UMAP needs are laid out by their first two components. */
    public static float[][] layout(float[][] rows) {
        if (rows.length <= NEIGHBOURS + 1) {
            return firstTwo(rows);
        }
        Umap umap = new Umap();
        umap.setNumberComponents(2);
        umap.setNumberNearestNeighbours(NEIGHBOURS);
        umap.setMinDist(0.1f);
        // umap-learn's choice for large data; the library's default for up to 10,000 points is 500 epochs, which
        // took most of the time on 10,000 points and did not change the neighbourhoods the map is read by.
        umap.setNumberEpochs(EPOCHS);
        umap.setSeed(SEED);
        umap.setThreads(1);
        umap.setVerbose(false);
        return umap.fitTransform(rows);
    }

    private static float[][] firstTwo(float[][] rows) {
        float[][] out = new float[rows.length][2];
        for (int i = 0; i < rows.length; i++) {
            out[i][0] = rows[i].length > 0 ? rows[i][0] : 0f;
            out[i][1] = rows[i].length > 1 ? rows[i][1] : 0f;
        }
        return out;
    }
}
