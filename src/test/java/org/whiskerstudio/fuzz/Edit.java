package org.whiskerstudio.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One change to a valid file, as a fuzzer makes it: positions are fractions of the file's length, so one edit means
 * something for a file of any size. {@link #random(Random)} draws a few of them at a time.
 */
public sealed interface Edit {
    byte[] apply(byte[] in);

    /** Text a hostile or broken file puts where a value was: extremes, wrong types, structure, XML entities. */
    List<String> NASTY = List.of("-1", "0", "1e309", "-1e309", "NaN", "Infinity", "99999999999999999999", "1.5",
            "\"x\"", "null", "[]", "{}", "[[[[[[[[[[", "}}}}", "\"", ",", ":", "\n", "\u0000", "\uFFFD", "é",
            "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;", "<a>", "</", "../../etc/passwd",
            "/etc/passwd", "C:\\\\Windows", "%00", "\t", "\r\n", "-0", "2147483648", "-2147483649");

    /**
     * Edits drawn from {@code random}: half the time one gentle edit (a value swapped, one bit flipped) that usually
     * keeps the file's syntax, so the reader's checks of values are reached; otherwise one to four edits of any kind.
     */
    static List<Edit> random(Random random) {
        if (random.nextBoolean()) {
            double at = random.nextDouble();
            return List.of(random.nextInt(3) == 0 ? new Flip(at, random.nextInt(8))
                    : new Swap(at, NASTY.get(random.nextInt(NASTY.size()))));
        }
        int n = 1 + random.nextInt(4);
        List<Edit> edits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double at = random.nextDouble();
            String nasty = NASTY.get(random.nextInt(NASTY.size()));
            edits.add(switch (random.nextInt(7)) {
                case 0 -> new Flip(at, random.nextInt(8));
                case 1 -> new Put(at, (byte) random.nextInt(256));
                case 2 -> new Cut(at);
                case 3 -> new Insert(at, nasty);
                case 4 -> new Swap(at, nasty);
                case 5 -> new Remove(at, 1 + random.nextInt(64));
                default -> new Repeat(at, 1 + random.nextInt(200));
            });
        }
        return edits;
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
