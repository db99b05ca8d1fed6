package org.whiskerstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.settings.ThemeChoice;

/** View > Theme without a toolkit: which choice makes the window dark, when the desktop is asked, what is saved. */
class ThemeViewModelTest {
    private final List<ThemeChoice> saved = new ArrayList<>();
    private final AtomicInteger asked = new AtomicInteger();

    private BooleanSupplier desktop(boolean dark) {
        return () -> {
            asked.incrementAndGet();
            return dark;
        };
    }

    @Test
    void firstStartFollowsADarkDesktop() {
        ThemeViewModel theme = new ThemeViewModel(ThemeChoice.SYSTEM, desktop(true), saved::add);
        assertTrue(theme.darkProperty().get());
        assertEquals(1, asked.get());
        assertEquals(List.of(), saved, "nothing chosen yet, nothing saved");
    }

    @Test
    void aSavedLightChoiceIgnoresTheDesktopWithoutAskingIt() {
        ThemeViewModel theme = new ThemeViewModel(ThemeChoice.LIGHT, desktop(true), saved::add);
        assertFalse(theme.darkProperty().get());
        assertEquals(0, asked.get());
    }

    @Test
    void choosingDarkTurnsTheWindowDarkAndIsSaved() {
        ThemeViewModel theme = new ThemeViewModel(ThemeChoice.SYSTEM, desktop(false), saved::add);
        theme.choose(ThemeChoice.DARK);
        assertTrue(theme.darkProperty().get());
        assertEquals(ThemeChoice.DARK, theme.choiceProperty().get());
        assertEquals(List.of(ThemeChoice.DARK), saved);
    }

    @Test
    void choosingToFollowTheDesktopAgainAsksItAgain() {
        ThemeViewModel theme = new ThemeViewModel(ThemeChoice.LIGHT, desktop(true), saved::add);
        theme.choose(ThemeChoice.SYSTEM);
        assertTrue(theme.darkProperty().get());
        assertEquals(1, asked.get());
        theme.choose(ThemeChoice.SYSTEM);
        assertEquals(List.of(ThemeChoice.SYSTEM), saved, "the same choice again changes nothing");
    }
}
