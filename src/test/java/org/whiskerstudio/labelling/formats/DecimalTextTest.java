package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Numbers written into and read from dataset files. */
class DecimalTextTest {

    @Test
    void exactWritesWholeNumbersWithoutFractionAndNoExponent() {
        assertEquals(List.of("12", "1200", "12.5", "0.0000001"),
                List.of(DecimalText.exact(12.0), DecimalText.exact(1200.0), DecimalText.exact(12.5),
                        DecimalText.exact(1e-7)));
    }

    @Test
    void exactReadsBackToTheSameDouble() {
        double awkward = 1.0 / 3 * 1000;

        assertEquals(awkward, Double.parseDouble(DecimalText.exact(awkward)));
    }

    @Test
    void roundedTrimsTrailingZeros() {
        assertEquals(List.of("0.5", "0", "0.3333333333"), List.of(DecimalText.rounded(0.5, 10),
                DecimalText.rounded(0.0, 10), DecimalText.rounded(1.0 / 3, 10)));
    }

    @Test
    void parseRefusesWhatIsNotAPlainDecimal() {
        assertEquals(List.of(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(-0.015)), List.of(DecimalText.parse("NaN"), DecimalText.parse("0x1p3"),
                DecimalText.parse("1d"), DecimalText.parse("-1.5e-2")));
    }
}
