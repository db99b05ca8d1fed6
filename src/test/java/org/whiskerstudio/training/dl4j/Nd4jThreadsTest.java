package org.whiskerstudio.training.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

@Tag("engine")
class Nd4jThreadsTest {
    private static int omp() {
        return Nd4jThreads.ompThreads();
    }

    @Test
    void aRunsThreadSettingHoldsDuringTheRunAndIsUndoneAfter() {
        int before = omp();
        int masterBefore = Nd4j.getEnvironment().maxMasterThreads();

        try (Nd4jThreads ignored = Nd4jThreads.apply(1)) {
            assertEquals(1, omp());
            assertEquals(1, Nd4j.getEnvironment().maxMasterThreads());
        }

        assertEquals(before, omp());
        assertEquals(masterBefore, Nd4j.getEnvironment().maxMasterThreads());
    }
}
