package org.whiskerstudio.training.dl4j;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The backend's compute threads for the length of a run. In ND4J M2.1 (CPU) the thread count is process-wide:
 * {@code Environment.setMaxMasterThreads/setMaxThreads} bound libnd4j's own thread pool and
 * {@code NativeOps.setOmpNumThreads} the OpenMP/BLAS threads; the previous values come back when the run ends, so
 * prediction elsewhere in the studio is not left pinned to the run's choice.
 */
public final class Nd4jThreads implements AutoCloseable {
    private final int masterBefore;
    private final int maxBefore;
    private final int ompBefore;
    private final boolean changed;

    private Nd4jThreads(int threads) {
        var env = Nd4j.getEnvironment();
        masterBefore = env.maxMasterThreads();
        maxBefore = env.maxThreads();
        ompBefore = ompThreads();
        changed = threads > 0;
        if (changed) {
            set(threads, threads, threads);
        }
    }

    /** Applies {@code threads} (0 = leave the backend's default) until {@link #close()}. */
    public static Nd4jThreads apply(int threads) {
        return new Nd4jThreads(threads);
    }

    /** What the backend uses now, for the run's provenance ("CPU, 2 threads"). */
    static String describe() {
        return Nd4j.getBackend().getClass().getSimpleName().replace("Backend", "") + ", "
                + ompThreads() + " threads";
    }

    /** OpenMP's thread count; ND4J is loaded first, as the native holder needs the backend's properties. */
    public static int ompThreads() {
        Nd4j.getBackend();
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }

    private static void set(int master, int max, int omp) {
        Nd4j.getEnvironment().setMaxMasterThreads(master);
        Nd4j.getEnvironment().setMaxThreads(max);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(omp);
    }

    @Override
    public void close() {
        if (changed) {
            set(masterBefore, maxBefore, ompBefore);
        }
    }
}
