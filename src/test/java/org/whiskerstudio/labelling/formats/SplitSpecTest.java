package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitSpecTest {

    @Test
    void splitSpecParsesPercentages() {
        assertEquals(new SplitSpec(0.8, 0.1, 0.1, 42), SplitSpec.parse("80/10/10"));
    }

    @Test
    void splitSpecParsesFractionsAndTheGivenSeed() {
        assertEquals(new SplitSpec(0.7, 0.2, 0.1, 9), SplitSpec.parse("0.7 / 0.2 / 0.1", 9));
    }

    @Test
    void splitSpecParsesPercentSigns() {
        assertEquals(new SplitSpec(0.7, 0.3, 0, 42), SplitSpec.parse("70%/30%/0%"));
    }

    @Test
    void splitSpecReadsTwoPartsAsNoTestPart() {
        assertEquals(new SplitSpec(0.75, 0.25, 0, 42), SplitSpec.parse("75/25"));
    }

    @Test
    void splitSpecRefusesPartsThatDoNotAddUp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("80/10/5"));

        assertEquals("split \"80/10/5\" adds up to 95; percentages must add up to 100 and fractions to 1", e.getMessage());
    }

    @Test
    void splitSpecRefusesTextThatIsNotANumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("80/ten/10"));

        assertEquals("split \"80/ten/10\": \"ten\" is not a number", e.getMessage());
    }

    @Test
    void splitSpecRefusesTheWrongNumberOfParts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("100"));

        assertTrue(e.getMessage().contains("train/val/test"), e.getMessage());
    }

    @Test
    void splitSpecRefusesNegativeParts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("110/-10/0"));

        assertEquals("split \"110/-10/0\": \"-10\" is negative", e.getMessage());
    }
}
