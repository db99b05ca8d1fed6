package org.whiskerstudio.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * One change to a valid file, as a fuzzer makes it: positions are fractions of the file's length, so one edit means
 * something for a file of any size. {@link #edits()} draws a few of them at a time.
 */
public sealed interface Edit {
    byte[] apply(byte[] in);

    /** Text a hostile or broken file puts where a value was: extremes, wrong types, structure, XML entities. */
    List<String> NASTY = List.of("-1", "0", "1e309", "-1e309", "NaN", "Infinity", "99999999999999999999", "1.5",
            "\"x\"", "null", "[]", "{}", "[[[[[[[[[[", "}}}}", "\"", ",", ":", "\n", "\u0000", "\uFFFD", "é",
            "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;", "<a>", "</", "../../etc/passwd",
            "/etc/passwd", "C:\\\\Windows", "%00", "\t", "\r\n", "-0", "2147483648", "-2147483649");

    /** One to four edits. */
    static Arbitrary<List<Edit>> edits() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Edit> one = Arbitraries.oneOf(
                at.flatMap(a -> Arbitraries.integers().between(0, 7).map(b -> (Edit) new Flip(a, b))),
                at.flatMap(a -> Arbitraries.bytes().map(b -> (Edit) new Put(a, b))),
                at.map(a -> (Edit) new Cut(a)),
                at.flatMap(a -> Arbitraries.of(NASTY).map(t -> (Edit) new Insert(a, t))),
                at.flatMap(a -> Arbitraries.of(NASTY).map(t -> (Edit) new Swap(a, t))),
                at.flatMap(a -> Arbitraries.integers().between(1, 64).map(n -> (Edit) new Remove(a, n))),
                at.flatMap(a -> Arbitraries.integers().between(1, 200).map(n -> (Edit) new Repeat(a, n))));
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    /** Applies the edits in order. */
    static byte[] applyAll(byte[] in, List<Edit> edits) {
        byte[] out = in;
        for (Edit e : edits) {
            out = e.apply(out);
        }
        return out;
    }

    private static int index(double at, int length) {
        return Math.min(length, (int) (at * length));
    }

    /** Flips one bit. */
    record Flip(double at, int bit) implements Edit {
        public byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            byte[] out = in.clone();
            int i = Math.min(in.length - 1, index(at, in.length));
            out[i] ^= (byte) (1 << bit);
            return out;
        }
    }

    /** Sets one byte. */
    record Put(double at, byte value) implements Edit {
        public byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            byte[] out = in.clone();
            out[Math.min(in.length - 1, index(at, in.length))] = value;
            return out;
        }
    }

    /** Cuts the file short. */
    record Cut(double at) implements Edit {
        public byte[] apply(byte[] in) {
            return Arrays.copyOf(in, index(at, in.length));
        }
    }

    /** Inserts a nasty text. */
    record Insert(double at, String text) implements Edit {
        public byte[] apply(byte[] in) {
            return splice(in, index(at, in.length), 0, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Replaces the word or number at a place by a nasty text. */
    record Swap(double at, String text) implements Edit {
        public byte[] apply(byte[] in) {
            int start = index(at, in.length);
            int end = start;
            while (end < in.length && Character.isLetterOrDigit(in[end] & 0xFF) || end < in.length && in[end] == '.') {
                end++;
            }
            return splice(in, start, end - start, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Removes a few bytes. */
    record Remove(double at, int length) implements Edit {
        public byte[] apply(byte[] in) {
            int start = index(at, in.length);
            return splice(in, start, Math.min(length, in.length - start), new byte[0]);
        }
    }

    /** Repeats a slice many times (deep nesting, long lines, many entries). */
    record Repeat(double at, int times) implements Edit {
        public byte[] apply(byte[] in) {
            int start = index(at, in.length);
            int length = Math.min(16, in.length - start);
            byte[] slice = Arrays.copyOfRange(in, start, start + length);
            byte[] many = new byte[slice.length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(slice, 0, many, i * slice.length, slice.length);
            }
            return splice(in, start, 0, many);
        }
    }

    private static byte[] splice(byte[] in, int at, int removed, byte[] inserted) {
        byte[] out = new byte[in.length - removed + inserted.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(in, at + removed, out, at + inserted.length, in.length - at - removed);
        return out;
    }
}
