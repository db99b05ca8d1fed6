package org.whiskerstudio.dataset;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a text into symbol indices, one per step. Characters: the text is lower-cased and its accents dropped
 * (NFD, combining marks removed), every whitespace but a line break becomes a space, and each character is its
 * place in {@link #ALPHABET}; anything else is the one "other" symbol ({@link #OTHER}). Words: the lower-cased
 * runs of letters, digits and apostrophes, each one bucket {@code fnv1a32(utf8(word)) mod buckets}, so any
 * vocabulary fits a fixed input without a stored word list (two words may share a bucket).
 */
public final class TextEncoder {
    /** The character alphabet; index {@code ALPHABET.length()} is {@link #OTHER}. */
    public static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 \n.,;:!?'\"-()[]/@$%&*+=<>#_";
    /** The symbol of every character outside the alphabet. */
    public static final int OTHER = ALPHABET.length();
    /** Symbols of the character encoding: the alphabet and "other". */
    public static final int ALPHABET_SIZE = ALPHABET.length() + 1;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int[] INDEX = new int[128];

    static {
        Arrays.fill(INDEX, OTHER);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = i;
        }
    }

    private TextEncoder() {
    }

    /** The symbols of {@code text} under {@code encoding} with {@code symbols} of them (alphabet or buckets). */
    public static int[] encode(String text, Encoding encoding, int symbols) {
        return switch (encoding) {
            case CHARACTERS -> characters(text);
            case WORDS -> words(text, symbols);
            default -> throw new IllegalArgumentException(encoding + " is not a text encoding");
        };
    }

    public static int[] characters(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        int[] out = new int[folded.length()];
        for (int i = 0; i < out.length; i++) {
            char c = folded.charAt(i);
            if (c != '\n' && Character.isWhitespace(c)) {
                c = ' ';
            }
            out[i] = c < 128 ? INDEX[c] : OTHER;
        }
        return out;
    }

    public static int[] words(String text, int buckets) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bucket(words.get(i), buckets);
        }
        return out;
    }

    /** FNV-1a (32 bits) of the word's UTF-8 bytes, as an unsigned number mod {@code buckets}. */
    public static int bucket(String word, int buckets) {
        int h = 0x811C9DC5;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(h) % buckets);
    }
}
