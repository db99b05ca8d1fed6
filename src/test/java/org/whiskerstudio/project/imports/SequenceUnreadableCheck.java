package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.whiskerstudio.project.sequences.SequenceUnreadable;

/** Asserts a table read is refused with a message. */
final class SequenceUnreadableCheck {
    private SequenceUnreadableCheck() {
    }

    static void assertRefused(Path file, long limit, String reason) {
        SequenceUnreadable e = assertThrows(SequenceUnreadable.class, () -> CsvTable.read(file, limit));
        assertEquals(file.getFileName() + ": " + reason, e.getMessage());
    }
}
