package org.whiskerstudio.labelling.formats;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Plain decimal numbers in text files: written without needless ".0" or exponents, read back to the same double. */
final class DecimalText {
    // Only plain decimals: Double.parseDouble would also take "NaN", "Infinity", hex and a trailing "d" or "f".
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private DecimalText() {
    }

    /** The shortest plain text that reads back as exactly {@code value} ("12", "0.1", "0.30000000000000004"). */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + " as a decimal number");
        }
        if (value == 0) {
            return Double.doubleToRawLongBits(value) < 0 ? "-0" : "0";
        }
        // BigDecimal.valueOf goes through Double.toString, the shortest decimal that parses back to the same double.
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The number {@code text} holds, or empty when it is not a finite plain decimal. */
    static OptionalDouble parse(String text) {
        String trimmed = text.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
