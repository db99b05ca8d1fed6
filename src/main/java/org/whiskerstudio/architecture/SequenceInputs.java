package org.whiskerstudio.architecture;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * The sequence input an LSTM template takes for a project. Images: one step per image row, a row's pixels as
 * features (Fashion-MNIST: 28 x 28). Series: the series' feature count, and the median length capped at
 * {@link #MAX_SERIES_STEPS} (longer series keep their last steps, shorter ones are padded). Texts: characters over
 * the fixed {@link #CHARACTER_FEATURES}-symbol alphabet, the median length within {@link #MIN_TEXT_STEPS}..
 * {@link #MAX_CHARACTER_STEPS}; or words hashed into {@link #WORD_BUCKETS} buckets, up to {@link #MAX_WORD_STEPS}.
 */
public record SequenceInputs(MediaKind kind, TensorShape.Sequence input, TensorShape.Sequence words) {
    /** The character alphabet's size (the dataset's {@code TextEncoder.ALPHABET_SIZE}; a test keeps them equal). */
    public static final int CHARACTER_FEATURES = 64;
    public static final int WORD_BUCKETS = 512;
    static final int MAX_SERIES_STEPS = 400;
    static final int MIN_TEXT_STEPS = 50;
    static final int MAX_CHARACTER_STEPS = 300;
    static final int MAX_WORD_STEPS = 100;
    /** Characters per word with its space, roughly, in English prose. */
    static final int CHARACTERS_PER_WORD = 6;

    public static SequenceInputs of(List<ImageAsset> examples, TensorShape.Image image) {
        MediaKind kind = majority(examples);
        List<ImageAsset> mine = examples.stream().filter(a -> MediaKind.of(a.format()) == kind).toList();
        TensorShape.Sequence words = new TensorShape.Sequence(MAX_WORD_STEPS, WORD_BUCKETS);
        return switch (kind) {
            case IMAGE -> new SequenceInputs(kind, new TensorShape.Sequence(image.height(), image.width()), words);
            case SERIES -> {
                int features = mine.stream().mapToInt(ImageAsset::width).max().orElse(1);
                int steps = clamp(median(mine.stream().mapToInt(ImageAsset::height).toArray()), 1, MAX_SERIES_STEPS);
                yield new SequenceInputs(kind, new TensorShape.Sequence(steps, Math.max(1, features)), words);
            }
            case TEXT -> {
                int characters = median(mine.stream().mapToInt(ImageAsset::width).toArray());
                int steps = clamp(characters, MIN_TEXT_STEPS, MAX_CHARACTER_STEPS);
                int wordSteps = clamp(characters / CHARACTERS_PER_WORD, MIN_TEXT_STEPS / 2, MAX_WORD_STEPS);
                yield new SequenceInputs(kind, new TensorShape.Sequence(steps, CHARACTER_FEATURES),
                        new TensorShape.Sequence(wordSteps, WORD_BUCKETS));
            }
        };
    }

    private static MediaKind majority(List<ImageAsset> examples) {
        Map<MediaKind, Integer> counts = new EnumMap<>(MediaKind.class);
        examples.forEach(a -> counts.merge(MediaKind.of(a.format()), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(MediaKind.IMAGE);
    }

    private static int median(int[] values) {
        if (values.length == 0) {
            return 0;
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int clamp(int v, int low, int high) {
        return Math.max(low, Math.min(high, v));
    }
}
