package org.whiskerstudio.architecture.dl4j;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Engine settings applied before DL4J builds its first layer.
 *
 * <ul>
 *   <li>DL4J's layer helpers (oneDNN on CPU) are off by default in 1.0.0-M2.1; they are what makes convolution training
 *       fast (see {@code org.nd4j.nativeblas.Nd4jCpu}). A user may still turn them off with
 *       {@code -Dorg.eclipse.deeplearning4j.helpers.disable=true}.</li>
 *   <li>OpenMP's threads wait passively ({@code OMP_WAIT_POLICY=PASSIVE}) unless the user's environment says
 *       otherwise. libnd4j and oneDNN run many tiny parallel regions per step; with GNU OpenMP's default spinning, a
 *       machine with any other busy process made LeNet training 5-15x slower and one-image prediction 30-80 ms
 *       (measured on 2 cores: 49-98 vs 525-959 examples/s). libgomp reads the variable once, when it is loaded, so this
 *       must run before ND4J's native library is: {@link #configure()} is called at start-up and again (harmlessly)
 *       before the first network.</li>
 *   <li>JavaCPP's physical-memory guard is off ({@code org.bytedeco.javacpp.maxPhysicalBytes=0}) unless the user sets
 *       it: with a limit, every native allocation asks the kernel for the process's resident size, and ND4J allocates
 *       a few buffers per op. Profiling a cart-pole DQN update (a 4-64-64-2 network, batch 64) found that check in
 *       11% of the samples; turning it off made updates about 20% faster (three alternated pairs, 16-38 ms against
 *       16-28 ms on a loaded machine) with the same peak RSS in {@code bench speed}. ND4J frees its buffers through
 *       its own deallocator as before; only the guard that forces a GC near the limit is gone.</li>
 * </ul>
 */
public final class Dl4jRuntime {
    static final String HELPERS_DISABLE = "org.eclipse.deeplearning4j.helpers.disable";
    static final String OMP_WAIT_POLICY = "OMP_WAIT_POLICY";
    static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";
    /** The wait policy the studio's native code runs with unless the user's environment names another. */
    public static final String STUDIO_WAIT_POLICY = "PASSIVE";

    private Dl4jRuntime() {
    }

    /** Idempotent; call before ND4J is first touched (the launcher does) and before the first network is created. */
    public static synchronized void configure() {
        if (System.getProperty(HELPERS_DISABLE) == null) {
            System.setProperty(HELPERS_DISABLE, "false");
        }
        if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
            System.setProperty(MAX_PHYSICAL_BYTES, "0");
        }
        if (System.getenv(OMP_WAIT_POLICY) == null) {
            setNativeEnv(OMP_WAIT_POLICY, STUDIO_WAIT_POLICY);
        }
    }

    /** The OpenMP wait policy native code will see: the user's, the one set here, or "unset". */
    public static String ompWaitPolicy() {
        try {
            String value = LibC.INSTANCE.getenv(OMP_WAIT_POLICY);
            return value == null ? "unset" : value;
        } catch (LinkageError e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Java cannot change its own environment; libgomp reads the C library's, which JNA reaches. */
    private static void setNativeEnv(String name, String value) {
        try {
            LibC.INSTANCE.setenv(name, value, 0);
        } catch (LinkageError e) {
            // Not Linux/glibc or no JNA: training still works, only slower when the machine is busy.
        }
    }

    private interface LibC extends Library {
        LibC INSTANCE = Native.loadLibrary("c", LibC.class);

        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }
}
