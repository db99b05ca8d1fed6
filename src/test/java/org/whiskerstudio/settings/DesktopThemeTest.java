package org.whiskerstudio.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desktop's dark preference from injected environments and command answers: no desktop needed. */
class DesktopThemeTest {
    private final List<List<String>> asked = new ArrayList<>();

    private DesktopTheme desktop(String os, Map<String, String> env, Map<String, String> answers) {
        return new DesktopTheme(os, env::get, command -> {
            asked.add(command);
            return Optional.ofNullable(answers.get(String.join(" ", command)));
        });
    }

    private static final String SCHEME = "gsettings get org.gnome.desktop.interface color-scheme";
    private static final String GTK = "gsettings get org.gnome.desktop.interface gtk-theme";

    @Test
    void gtkThemeVariableNamingDarkWinsWithoutAskingGnome() {
        assertTrue(desktop("Linux", Map.of("GTK_THEME", "Adwaita:dark"), Map.of()).prefersDark());
        assertTrue(asked.isEmpty(), "GTK_THEME is the session's own answer");
        assertFalse(desktop("Linux", Map.of("GTK_THEME", "Adwaita"), Map.of(SCHEME, "'prefer-dark'\n")).prefersDark());
    }

    @Test
    void gnomeColourSchemePreferDarkMeansDark() {
        assertTrue(desktop("Linux", Map.of(), Map.of(SCHEME, "'prefer-dark'\n")).prefersDark());
    }

    @Test
    void gnomePreferLightOutweighsADarkGtkThemeName() {
        assertFalse(desktop("Linux", Map.of(), Map.of(SCHEME, "'prefer-light'\n", GTK, "'Yaru-dark'\n")).prefersDark());
    }

    @Test
    void gtkThemeNameContainingDarkMeansDarkWhenTheSchemeIsDefault() {
        assertTrue(desktop("Linux", Map.of(), Map.of(SCHEME, "'default'\n", GTK, "'Yaru-dark'\n")).prefersDark());
        assertFalse(desktop("Linux", Map.of(), Map.of(SCHEME, "'default'\n", GTK, "'Adwaita'\n")).prefersDark());
    }

    @Test
    void noAnswerAnywhereMeansLight() {
        assertFalse(desktop("Linux", Map.of(), Map.of()).prefersDark());
        assertFalse(desktop("SunOS", Map.of(), Map.of()).prefersDark());
    }

    @Test
    void windowsAppsUseLightThemeZeroMeansDark() {
        String reg = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v AppsUseLightTheme";
        assertTrue(desktop("Windows 11", Map.of(), Map.of(reg, "    AppsUseLightTheme    REG_DWORD    0x0\r\n")).prefersDark());
        assertFalse(desktop("Windows 11", Map.of(), Map.of(reg, "    AppsUseLightTheme    REG_DWORD    0x1\r\n")).prefersDark());
    }

    @Test
    void macGlobalInterfaceStyleDarkMeansDark() {
        assertTrue(desktop("Mac OS X", Map.of(), Map.of("defaults read -g AppleInterfaceStyle", "Dark\n")).prefersDark());
        assertFalse(desktop("Mac OS X", Map.of(), Map.of()).prefersDark(), "the key is absent in light mode");
    }
}
