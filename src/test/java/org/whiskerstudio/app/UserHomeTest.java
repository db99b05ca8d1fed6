package org.whiskerstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserHomeTest {
    @Test
    void homeVariableWinsOverThePasswordDatabase() {
        assertEquals(Optional.of(Path.of("/home/other")), UserHome.resolve(Map.of("HOME", "/home/other/")::get));
    }

    @Test
    void unsetBlankOrRelativeHomeKeepsJavasOwn() {
        assertEquals(Optional.empty(), UserHome.resolve(Map.<String, String>of()::get));
        assertEquals(Optional.empty(), UserHome.resolve(Map.of("HOME", "  ")::get));
        assertEquals(Optional.empty(), UserHome.resolve(Map.of("HOME", "relative/home")::get));
    }

    @Test
    void engineNativeCacheLiesUnderTheHome() {
        assertEquals(Path.of("/home/h/.javacpp/cache"), UserHome.nativeCache(Path.of("/home/h")));
    }
}
