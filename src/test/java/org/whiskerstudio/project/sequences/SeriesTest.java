package org.whiskerstudio.project.sequences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesTest {
    @TempDir
    Path dir;

    @Test
    void canonicalCsvReadsBackEqual() throws Exception {
        Series series = new Series(List.of("humidity", "temperature"), new float[] {40.5f, 21, 41.25f, 22});
        Path file = dir.resolve("s.csv");
        Files.write(file, series.toCsv());

        assertThat(new String(series.toCsv(), StandardCharsets.UTF_8)).isEqualTo("humidity,temperature\n40.5,21\n41.25,22\n");
        Series back = Series.read(file);
        assertThat(back).isEqualTo(series);
        assertThat(back.steps()).isEqualTo(2);
        assertThat(back.feature(1)).containsExactly(21f, 22f);
    }

    @Test
    void aCellThatIsNotANumberIsNamedByLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "a,b\n1,2\n3,oops\n");

        assertThatThrownBy(() -> Series.read(file)).isInstanceOf(SequenceUnreadable.class)
                .hasMessage("bad.csv: line 3, column b: 'oops' is not a finite number");
    }

    @Test
    void aShortRowAndNonFiniteValuesAreRefused() throws Exception {
        Path shortRow = dir.resolve("short.csv");
        Files.writeString(shortRow, "a,b\n1\n");
        Path nan = dir.resolve("nan.csv");
        Files.writeString(nan, "a\nNaN\n");

        assertThatThrownBy(() -> Series.read(shortRow)).hasMessageContaining("line 2: 1 values, the header has 2");
        assertThatThrownBy(() -> Series.read(nan)).hasMessageContaining("is not a finite number");
    }

    @Test
    void textIsStrictUtf8WithNormalisedLineEnds() throws Exception {
        Path file = dir.resolve("t.txt");
        Files.write(file, TextExample.normalise("Call me Ishmael.\r\nSome years ago\r"));
        Path latin1 = dir.resolve("l.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9});

        assertThat(TextExample.read(file)).isEqualTo("Call me Ishmael.\nSome years ago\n");
        assertThatThrownBy(() -> TextExample.read(latin1)).hasMessage("l.txt: is not UTF-8 text");
    }

    @Test
    void formatsMapToKindsAndExtensions() {
        assertThat(MediaKind.of("png")).isEqualTo(MediaKind.IMAGE);
        assertThat(MediaKind.of(MediaKind.SERIES_FORMAT)).isEqualTo(MediaKind.SERIES);
        assertThat(MediaKind.extension(MediaKind.TEXT_FORMAT)).isEqualTo("txt");
        assertThat(MediaKind.extension("jpeg")).isEqualTo("jpeg");
    }
}
