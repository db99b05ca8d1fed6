package org.whiskerstudio.architecture.dl4j;

/**
 * Engine settings applied before DL4J builds its first layer: DL4J's layer helpers (oneDNN on CPU) are off by
 * default in 1.0.0-M2.1; they are what makes convolution training fast (see {@code org.nd4j.nativeblas.Nd4jCpu}).
 * A user may still turn them off with {@code -Dorg.eclipse.deeplearning4j.helpers.disable=true}.
 */
public final class Dl4jRuntime {
    static final String HELPERS_DISABLE = "org.eclipse.deeplearning4j.helpers.disable";

    private Dl4jRuntime() {
    }

    /** Idempotent; call before the first network is created. */
    public static void configure() {
        if (System.getProperty(HELPERS_DISABLE) == null) {
            System.setProperty(HELPERS_DISABLE, "false");
        }
    }
}
