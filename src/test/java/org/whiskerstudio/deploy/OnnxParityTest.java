package org.whiskerstudio.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnnxParityTest {
    @Test
    void theLineReadsAsTheModelCardShowsIt() {
        assertEquals("ONNX parity: 200/200, max difference 3e-8", new OnnxParity(200, 200, 3.1e-8, "x").line());
        assertEquals("ONNX parity: 5/5, max difference 0", new OnnxParity(5, 5, 0, "x").line());
        assertEquals("2e-5", OnnxParity.scientific(2.4e-5));
    }

    @Test
    void passesOnlyWhenEveryTopClassAgreesWithinTheLimit() {
        assertTrue(new OnnxParity(3, 3, 1e-4, "x").passed());
        assertFalse(new OnnxParity(2, 3, 0, "x").passed());
        assertFalse(new OnnxParity(3, 3, 2e-4, "x").passed());
        assertFalse(new OnnxParity(0, 0, 0, "x").passed());
        assertFalse(new OnnxParity(3, 3, Double.POSITIVE_INFINITY, "x").passed());
    }
}
