package org.whiskerstudio.labelling.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whiskerstudio.labelling.LabelSource;

class LabelSourceFieldTest {
    private static final Path FILE = Path.of("labels.csv");

    @Test
    void everySourceReadsBackFromItsText() throws Exception {
        for (LabelSource source : List.of(new LabelSource.Typed(), new LabelSource.Unknown(),
                new LabelSource.Suggested(3, 0.93), new LabelSource.Suggested(12, 1e-5), new LabelSource.Generated(7),
                new LabelSource.Imported("coco"))) {
            assertEquals(source, LabelSourceField.parseText(LabelSourceField.text(source), FILE, "line 2"));
        }
        assertEquals("suggested run=3 probability=0.93", LabelSourceField.text(new LabelSource.Suggested(3, 0.93)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bogus", "suggested run=3", "suggested run=x probability=0.5",
            "suggested run=3 probability=1.5", "suggested run=0 probability=0.5", "typed run=3", "imported",
            "imported format=../etc", "generated run=3 run=4", "suggested run=3 probability=NaN", "typed extra"})
    void malformedTextIsRefusedNamingTheFieldFileAndPlace(String text) {
        FormatException e = assertThrows(FormatException.class, () -> LabelSourceField.parseText(text, FILE, "line 7"));
        assertTrue(e.getMessage().startsWith("labels.csv, line 7: whisker_label_source"), e.getMessage());
    }

    @Test
    void overlongTextIsRefusedUnread() {
        String text = "typed " + "x=1 ".repeat(100);
        FormatException e = assertThrows(FormatException.class, () -> LabelSourceField.parseText(text, FILE, "line 2"));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }
}
