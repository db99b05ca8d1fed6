package org.whiskerstudio.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.Series;
import org.whiskerstudio.project.sequences.TextExample;

/** Sequence examples written as the contract stores them (canonical CSV / UTF-8 text under images/, one row each). */
public final class SequenceFixture {
    private SequenceFixture() {
    }

    /** Stores a series tagged {@code className}; width = features, height = steps. */
    public static void series(ProjectStore store, Series series, String className) {
        store(store, series.toCsv(), MediaKind.SERIES_FORMAT, series.featureCount(), series.steps(), className);
    }

    /** Stores a text tagged {@code className}; width = characters, height = lines. */
    public static void text(ProjectStore store, String text, String className) {
        byte[] bytes = TextExample.normalise(text);
        String stored = new String(bytes, StandardCharsets.UTF_8);
        store(store, bytes, MediaKind.TEXT_FORMAT, stored.length(), (int) stored.lines().count(), className);
    }

    private static void store(ProjectStore store, byte[] content, String format, int width, int height, String className) {
        String hash = Hashes.sha256Hex(content);
        String extension = MediaKind.extension(format);
        Path file = store.layout().storedImage(hash, extension);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.addImages(List.of(new NewImage(hash, hash.substring(0, 8) + "." + extension, store.layout().relativize(file),
                file.toString(), width, height, format, content.length, Optional.of(className))));
    }

    /** A series of two features (a level and noise) that rises or falls over {@code steps} steps. */
    public static Series ramp(boolean rising, int steps, Random random) {
        float[] values = new float[steps * 2];
        float start = random.nextFloat() * 10;
        float slope = (0.5f + random.nextFloat()) * (rising ? 1 : -1);
        for (int t = 0; t < steps; t++) {
            values[2 * t] = start + slope * t + (float) random.nextGaussian() * 0.3f;
            values[2 * t + 1] = (float) random.nextGaussian();
        }
        return new Series(List.of("level", "noise"), values);
    }

    /** {@code perClass} rising and falling series of 12..30 steps, tagged "rising" and "falling". */
    public static void risingAndFalling(ProjectStore store, int perClass, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < perClass; i++) {
            series(store, ramp(true, 12 + random.nextInt(19), random), "rising");
            series(store, ramp(false, 12 + random.nextInt(19), random), "falling");
        }
    }

    private static final String[] CAT = {"meow", "purr", "whiskers", "mouse", "nap", "tuna", "yarn", "hiss"};
    private static final String[] DOG = {"woof", "bark", "fetch", "bone", "walk", "leash", "ball", "growl"};

    /** {@code perClass} short texts of cat words and of dog words, tagged "cat" and "dog". */
    public static void catsAndDogs(ProjectStore store, int perClass, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < perClass; i++) {
            text(store, sentence(CAT, random), "cat");
            text(store, sentence(DOG, random), "dog");
        }
    }

    public static String sentence(String[] words, Random random) {
        StringBuilder s = new StringBuilder();
        int n = 4 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return s.append('.').toString();
    }

    public static String catSentence(Random random) {
        return sentence(CAT, random);
    }

    public static String dogSentence(Random random) {
        return sentence(DOG, random);
    }
}
