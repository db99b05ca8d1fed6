package org.whiskerstudio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.whiskerstudio.architecture.dl4j.Dl4jRuntime;

/**
 * How the PyTorch peer of {@code bench speed} ran, from its script's own report: the BLAS libraries its process
 * mapped, OpenBLAS's core type, and the OpenMP wait policy it saw. A peer on Debian's reference BLAS runs several
 * times slower than one on OpenBLAS, so a comparison against it flatters us; the warnings say so next to the figures.
 *
 * @param blas       the BLAS libraries the peer's process loaded (comma-separated paths), "none" or "-"
 * @param core       OpenBLAS's core type, empty when the library is not OpenBLAS
 * @param waitPolicy the peer's OMP_WAIT_POLICY ("unset" when it had none)
 */
record PeerSettings(String blas, String core, String waitPolicy) {
    static PeerSettings of(Map<String, String> results) {
        return new PeerSettings(results.getOrDefault("blas", "-"), results.getOrDefault("openblas_core", ""),
                results.getOrDefault("env_OMP_WAIT_POLICY", "unset"));
    }

    /** Whether the loaded BLAS is OpenBLAS (Debian installs it under an {@code openblas} folder or file name). */
    boolean tuned() {
        return blas.toLowerCase(Locale.ROOT).contains("openblas");
    }

    /** One line for the bench's output. */
    String describe() {
        return "BLAS " + blas + (core.isEmpty() ? "" : " (OpenBLAS core " + core + ")") + ", OMP_WAIT_POLICY="
                + waitPolicy;
    }

    /** What makes the comparison unfair, given the wait policy our own process runs with; empty when nothing. */
    List<String> warnings(String ourWaitPolicy) {
        List<String> warnings = new ArrayList<>();
        if (!tuned()) {
            warnings.add("the peer does not run on OpenBLAS (" + blas + "): PyTorch on the reference BLAS is several "
                    + "times slower than tuned. Install libopenblas0-openmp (Debian) so python3-torch uses OpenMP "
                    + "OpenBLAS, then run again.");
        }
        if (!waitPolicy.equalsIgnoreCase(ourWaitPolicy)) {
            warnings.add("the two sides wait differently: OMP_WAIT_POLICY is " + ourWaitPolicy + " here and "
                    + waitPolicy + " in the peer. Export OMP_WAIT_POLICY=" + Dl4jRuntime.STUDIO_WAIT_POLICY + " for both.");
        }
        return warnings;
    }
}
