package org.whiskerstudio.dataset.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Json;

/**
 * The characters a next-character model reads and writes: index 0 is the unknown symbol, which stands for every
 * character seen fewer than {@code minCount} times in the corpus; the others are sorted by code point, so the same
 * corpus always gives the same indices.
 */
public final class CharVocabulary {
    /** What generated text shows for the unknown symbol. */
    public static final String UNKNOWN = "\uFFFD";
    public static final int UNKNOWN_INDEX = 0;
    /** A model with more outputs than this is not a character model anyone meant to build. */
    public static final int MAX_SIZE = 2_000;

    private final List<String> symbols;
    private final Map<Integer, Integer> index = new HashMap<>();
    private final int minCount;

    private CharVocabulary(List<String> symbols, int minCount) {
        this.symbols = List.copyOf(symbols);
        this.minCount = minCount;
        for (int i = 0; i < symbols.size(); i++) {
            index.put(symbols.get(i).codePointAt(0), i + 1);
        }
    }

    /** The characters of {@code corpus} seen at least {@code minCount} times, plus the unknown symbol. */
    public static CharVocabulary fit(String corpus, int minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("a character must be seen at least once to be kept, not " + minCount);
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        corpus.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        List<String> kept = new ArrayList<>();
        counts.forEach((c, n) -> {
            if (n >= minCount) {
                kept.add(Character.toString(c));
            }
        });
        if (kept.size() + 1 > MAX_SIZE) {
            throw new IllegalArgumentException("the text has " + kept.size() + " different characters seen at least "
                    + minCount + " times; at most " + (MAX_SIZE - 1) + " fit a character model");
        }
        return new CharVocabulary(kept, minCount);
    }

    /** Symbols including the unknown one. */
    public int size() {
        return symbols.size() + 1;
    }

    public int minCount() {
        return minCount;
    }

    public int indexOf(int codePoint) {
        return index.getOrDefault(codePoint, UNKNOWN_INDEX);
    }

    public String symbol(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("symbol " + i + " of " + size());
        }
        return i == UNKNOWN_INDEX ? UNKNOWN : symbols.get(i - 1);
    }

    /** One index per code point of {@code text}. */
    public int[] encode(String text) {
        return text.codePoints().map(this::indexOf).toArray();
    }

    public String decode(int[] indices) {
        StringBuilder out = new StringBuilder(indices.length);
        for (int i : indices) {
            out.append(symbol(i));
        }
        return out.toString();
    }

    /** How many code points of {@code text} become the unknown symbol. */
    public long unknownCount(String text) {
        return text.codePoints().filter(c -> indexOf(c) == UNKNOWN_INDEX).count();
    }

    record Stored(int version, String unknown, int minCount, List<String> symbols) {
    }

    public void save(Path file) throws IOException {
        AtomicFiles.write(file, Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(new Stored(1, UNKNOWN, minCount, symbols)));
    }

    /** @throws IOException naming the file and what is wrong with it */
    public static CharVocabulary load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing: the run has no character vocabulary (is it a character model?)");
        }
        Stored stored;
        try {
            stored = Json.mapper().readValue(file.toFile(), Stored.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is damaged: " + e.getOriginalMessage(), e);
        }
        if (stored.version() != 1 || stored.symbols() == null || stored.minCount() < 1) {
            throw new IOException(file + " is not a version 1 vocabulary with symbols and a minimum count");
        }
        if (stored.symbols().size() + 1 > MAX_SIZE) {
            throw new IOException(file + " holds " + stored.symbols().size() + " symbols; at most " + (MAX_SIZE - 1));
        }
        Set<Integer> seen = new HashSet<>();
        for (String s : stored.symbols()) {
            if (s == null || s.codePointCount(0, s.length()) != 1 || !seen.add(s.codePointAt(0))
                    || s.equals(UNKNOWN)) {
                throw new IOException(file + " holds a symbol that is not one character, or a repeated one: '" + s + "'");
            }
        }
        return new CharVocabulary(stored.symbols(), stored.minCount());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CharVocabulary v && v.symbols.equals(symbols) && v.minCount == minCount;
    }

    @Override
    public int hashCode() {
        return symbols.hashCode() * 31 + minCount;
    }

    @Override
    public String toString() {
        return "CharVocabulary[" + size() + " symbols, min count " + minCount + "]";
    }
}
