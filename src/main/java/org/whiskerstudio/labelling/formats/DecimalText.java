package org.whiskerstudio.labelling.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Numbers in dataset files: written as plain decimals without needless ".0", read with an optional exponent. */
final class DecimalText {
    /** What dataset files write: no hex, no "NaN", no Java suffixes like "1d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private DecimalText() {
    }

    /** The shortest plain decimal that parses back to exactly {@code value} ("12", "12.5", "0.0001"). */
    static String exact(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code value} rounded to {@code digits} decimals, trailing zeros trimmed ("0.5", "0.3333333333"). */
    static String rounded(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** The value of a plain decimal ("12", "-0.5", "1e-3"); empty for anything else and for overflowing ones. */
    static OptionalDouble parse(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
