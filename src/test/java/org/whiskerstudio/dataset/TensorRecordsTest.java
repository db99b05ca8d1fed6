package org.whiskerstudio.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.architecture.SequenceInputs;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.Series;

class TensorRecordsTest {
    private static float[] floats(TensorRecords records, byte[] record) {
        float[] out = new float[records.target().size()];
        records.decode(record, out, 0);
        return out;
    }

    @Test
    void aShortSeriesIsPaddedAtTheFrontSoItsLastStepIsTheLastInput() throws Exception {
        TensorRecords records = new TensorRecords(Preprocessing.series(4, 2));
        Series s = new Series(List.of("a", "b"), new float[] {1, 10, 2, 20});
        float[] chw = floats(records, records.series(Path.of("s.csv"), s));
        // Feature a over 4 steps, then feature b: two padded (NaN) steps first.
        assertTrue(Float.isNaN(chw[0]) && Float.isNaN(chw[1]) && Float.isNaN(chw[4]) && Float.isNaN(chw[5]));
        assertArrayEquals(new float[] {1, 2, 10, 20}, new float[] {chw[2], chw[3], chw[6], chw[7]});
        assertEquals(2, records.length(records.series(Path.of("s.csv"), s)));
    }

    @Test
    void aLongSeriesKeepsItsLastSteps() throws Exception {
        TensorRecords records = new TensorRecords(Preprocessing.series(2, 1));
        Series s = new Series(List.of("x"), new float[] {1, 2, 3, 4, 5});
        assertArrayEquals(new float[] {4, 5}, floats(records, records.series(Path.of("s.csv"), s)));
    }

    @Test
    void aSeriesWithOtherFeaturesIsRefusedNamingTheFile() {
        TensorRecords records = new TensorRecords(Preprocessing.series(3, 2));
        byte[] csv = "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8);
        ImageUnreadable e = assertThrows(ImageUnreadable.class, () -> records.load(csv, "mine.csv"));
        assertEquals("mine.csv: has 3 features, the model takes 2", e.getMessage());
        assertThrows(ImageUnreadable.class, () -> records.load("a\nx\n".getBytes(StandardCharsets.UTF_8), "bad.csv"));
    }

    @Test
    void charactersAreLowerCasedWithoutAccentsAndTheRestIsOther() {
        int[] symbols = TextEncoder.characters("Hé\t!\u4e2d");
        assertArrayEquals(new int[] {TextEncoder.ALPHABET.indexOf('h'), TextEncoder.ALPHABET.indexOf('e'),
                TextEncoder.ALPHABET.indexOf(' '), TextEncoder.ALPHABET.indexOf('!'), TextEncoder.OTHER}, symbols);
    }

    @Test
    void aTextIsOneHotPerCharacterPaddedAtTheFront() throws Exception {
        TensorRecords records = new TensorRecords(Preprocessing.text(Encoding.CHARACTERS, 3, TextEncoder.ALPHABET_SIZE));
        float[] chw = floats(records, records.load("ab".getBytes(StandardCharsets.UTF_8), "t.txt"));
        int steps = 3;
        assertEquals(2f, sum(chw), "one symbol per real step, none for the padded one");
        assertEquals(1f, chw[TextEncoder.ALPHABET.indexOf('a') * steps + 1]);
        assertEquals(1f, chw[TextEncoder.ALPHABET.indexOf('b') * steps + 2]);
    }

    @Test
    void wordsGoToStableHashedBuckets() throws Exception {
        assertEquals(TextEncoder.bucket("spam", 512), TextEncoder.words("SPAM!", 512)[0]);
        assertArrayEquals(TextEncoder.words("free money now", 512), TextEncoder.words("Free, money... NOW", 512));
        // FNV-1a 32 of "a" is 0xE40C292C.
        assertEquals((int) (0xE40C292CL % 512), TextEncoder.bucket("a", 512));
        TensorRecords records = new TensorRecords(Preprocessing.text(Encoding.WORDS, 2, 512));
        float[] chw = floats(records, records.load("one two three".getBytes(StandardCharsets.UTF_8), "t.txt"));
        assertEquals(1f, chw[TextEncoder.bucket("two", 512) * 2]);
        assertEquals(1f, chw[TextEncoder.bucket("three", 512) * 2 + 1]);
    }

    @Test
    void aTextThatIsNotUtf8IsRefused() {
        TensorRecords records = new TensorRecords(Preprocessing.text(Encoding.CHARACTERS, 3, TextEncoder.ALPHABET_SIZE));
        ImageUnreadable e = assertThrows(ImageUnreadable.class, () -> records.load(new byte[] {(byte) 0xC3, 0x28}, "x.txt"));
        assertTrue(e.getMessage().contains("x.txt"));
    }

    @Test
    void theInputShapeAndMediaKindChooseTheEncoding() {
        assertEquals(Encoding.CHARACTERS, Layout.preprocessing(new TensorShape.Sequence(300, 64), ResizeMode.STRETCH,
                MediaKind.TEXT).encoding());
        assertEquals(Encoding.WORDS, Layout.preprocessing(new TensorShape.Sequence(100, 512), ResizeMode.STRETCH,
                MediaKind.TEXT).encoding());
        assertEquals(Preprocessing.series(30, 2), Layout.preprocessing(new TensorShape.Sequence(30, 2),
                ResizeMode.STRETCH, MediaKind.SERIES));
        assertEquals(new Preprocessing(28, 28, 1, ResizeMode.STRETCH), Layout.preprocessing(
                new TensorShape.Sequence(28, 28), ResizeMode.STRETCH, MediaKind.IMAGE));
        assertThrows(IllegalArgumentException.class, () -> Layout.preprocessing(new TensorShape.Image(8, 8, 1),
                ResizeMode.STRETCH, MediaKind.SERIES));
        assertThrows(IllegalArgumentException.class, () -> Layout.preprocessing(new TensorShape.Sequence(10, 20),
                ResizeMode.STRETCH, MediaKind.TEXT));
        assertEquals(TextEncoder.ALPHABET_SIZE, SequenceInputs.CHARACTER_FEATURES);
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
