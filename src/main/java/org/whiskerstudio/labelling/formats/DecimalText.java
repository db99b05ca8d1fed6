package org.whiskerstudio.labelling.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Numbers in dataset files: written as plain decimals without needless ".0" or exponents, read back exactly. */
final class DecimalText {
    // Only plain decimals: Double.parseDouble would also take "NaN", "Infinity", hex and a trailing "d" or "f".
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private DecimalText() {
    }

    /** The shortest plain text that reads back as exactly {@code value} ("12", "0.1", "0.30000000000000004"). */
    static String exact(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + " as a decimal number");
        }
        if (value == 0) {
            return Double.doubleToRawLongBits(value) < 0 ? "-0" : "0";
        }
        // BigDecimal.valueOf goes through Double.toString, the shortest decimal that parses back to the same double.
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code value} rounded to {@code digits} decimals, trailing zeros trimmed ("0.5", "0.3333333333"). */
    static String rounded(double value, int digits) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + " as a decimal number");
        }
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** The number {@code text} holds ("12", "-0.5", "1e-3"), or empty when it is not a finite plain decimal. */
    static OptionalDouble parse(String text) {
        String trimmed = text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
