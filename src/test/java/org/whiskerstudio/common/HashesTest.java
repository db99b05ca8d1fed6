package org.whiskerstudio.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {
    @Test
    void sha256HexMatchesTheStandardTestVector() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Hashes.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void oneChangedByteChangesTheHash() {
        assertNotEquals(Hashes.sha256Hex(new byte[] {0, 0, 0}), Hashes.sha256Hex(new byte[] {0, 0, 1}));
    }
}
