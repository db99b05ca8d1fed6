package org.whiskerstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The speed bench says when its PyTorch peer runs handicapped, from what the peer's script reports. */
class PeerSettingsTest {
    @Test
    void aPeerOnOpenMpOpenBlasWaitingPassivelyIsFair() {
        PeerSettings peer = PeerSettings.of(Map.of("blas", "/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3",
                "openblas_core", "Haswell", "env_OMP_WAIT_POLICY", "PASSIVE"));

        assertTrue(peer.tuned());
        assertEquals(List.of(), peer.warnings("PASSIVE"));
        assertEquals("BLAS /usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3 (OpenBLAS core Haswell), "
                + "OMP_WAIT_POLICY=PASSIVE", peer.describe());
    }

    @Test
    void theReferenceBlasIsNamedWithHowToInstallTheTunedOne() {
        PeerSettings peer = PeerSettings.of(Map.of("blas", "/usr/lib/x86_64-linux-gnu/blas/libblas.so.3",
                "env_OMP_WAIT_POLICY", "PASSIVE"));

        List<String> warnings = peer.warnings("PASSIVE");

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3"), warnings.get(0));
        assertTrue(warnings.get(0).contains("libopenblas0-openmp"), warnings.get(0));
    }

    @Test
    void waitPoliciesThatDifferAreWarnedAbout() {
        PeerSettings peer = PeerSettings.of(Map.of("blas", "/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3"));

        List<String> warnings = peer.warnings("PASSIVE");

        assertEquals(List.of("the two sides wait differently: OMP_WAIT_POLICY is PASSIVE here and unset in the peer. "
                + "Export OMP_WAIT_POLICY=PASSIVE for both."), warnings);
    }
}
