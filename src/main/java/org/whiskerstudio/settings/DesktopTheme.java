package org.whiskerstudio.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Whether the desktop prefers dark windows, asked the way each desktop answers: GTK's theme variable and GNOME's
 * settings on Linux, the registry on Windows, the global domain on macOS. Anything unanswered means light, the
 * toolkit's own default. The environment and the commands are injected so the rules are tested without a desktop.
 */
public final class DesktopTheme {
    private static final Logger LOG = Logger.getLogger(DesktopTheme.class.getName());

    /** Runs a command and returns what it printed; empty when it cannot run, fails or takes too long. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> output(List<String> command);
    }

    private final String os;
    private final UnaryOperator<String> environment;
    private final Commands commands;

    public DesktopTheme(String os, UnaryOperator<String> environment, Commands commands) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.commands = commands;
    }

    /** This machine's desktop, asked through real commands that may take up to a second each. */
    public static DesktopTheme here() {
        return new DesktopTheme(System.getProperty("os.name", ""), System::getenv, DesktopTheme::run);
    }

    public boolean prefersDark() {
        if (os.contains("win")) {
            return commands.output(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(out -> out.contains("0x0")).orElse(false);
        }
        if (os.contains("mac")) {
            return commands.output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> mentionsDark(out)).orElse(false);
        }
        return linuxPrefersDark();
    }

    /** GTK_THEME (set per session, e.g. "Adwaita:dark") first, then GNOME's colour scheme, then its GTK theme name. */
    private boolean linuxPrefersDark() {
        String gtk = environment.apply("GTK_THEME");
        if (gtk != null && !gtk.isBlank()) {
            return mentionsDark(gtk);
        }
        Optional<String> scheme = gsettings("color-scheme");
        if (scheme.map(s -> s.contains("prefer-dark")).orElse(false)) {
            return true;
        }
        if (scheme.map(s -> s.contains("prefer-light")).orElse(false)) {
            return false;
        }
        return gsettings("gtk-theme").map(DesktopTheme::mentionsDark).orElse(false);
    }

    private Optional<String> gsettings(String key) {
        return commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface", key));
    }

    private static boolean mentionsDark(String text) {
        return text.toLowerCase(Locale.ROOT).contains("dark");
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            try (InputStream out = p.getInputStream()) {
                if (!p.waitFor(1, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return Optional.empty();
                }
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return p.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            // No such command on this desktop: that desktop simply has no say.
            LOG.fine(() -> "Cannot ask the desktop for its theme with " + command + ": " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
