package org.whiskerstudio.training;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Absurd generation requests are refused with a sentence naming the value and the allowed range. */
class TextGenerationTest {
    private static String refused(String primer, int length, double temperature) {
        return assertThrows(IllegalArgumentException.class, () -> new TextGeneration(primer, length, temperature, 1))
                .getMessage();
    }

    @Test
    void sensibleValuesAreAccepted() {
        assertDoesNotThrow(() -> new TextGeneration("Call me", 500, 0.8, 1));
        assertDoesNotThrow(() -> new TextGeneration("C", 5_000, 2.0, 1));
        assertDoesNotThrow(() -> new TextGeneration("C", 1, 0.1, 1));
    }

    @Test
    void absurdValuesAreRefusedSayingWhatIsAllowed() {
        assertTrue(refused("", 10, 1).contains("at least one character"));
        assertTrue(refused("x".repeat(1001), 10, 1).contains("at most 1000"));
        assertTrue(refused("a", 0, 1).contains("1 to 5000"));
        assertTrue(refused("a", 5_001, 1).contains("not 5001"));
        assertTrue(refused("a", 10, 0).contains("0.1 to 2.0"));
        assertTrue(refused("a", 10, 2.5).contains("not 2.5"));
        assertTrue(refused("a", 10, Double.NaN).contains("not NaN"));
    }
}
