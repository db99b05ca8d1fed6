package org.whiskerstudio.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CancellationTest {
    @Test
    void cancelRaisesTheFlagForGood() {
        Cancellation cancellation = Cancellation.none();
        assertFalse(cancellation.isCancelled());

        cancellation.cancel();
        cancellation.cancel();

        assertTrue(cancellation.isCancelled());
    }
}
