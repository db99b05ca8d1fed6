package org.whiskerstudio.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;

/**
 * The studio's look: AtlantaFX Primer Light or Primer Dark for the toolkit, plus our stylesheet built on its
 * variables. The toolkit's stylesheet is one per application, so the theme is too: it lives here, on the FX thread,
 * and canvases repaint from {@link #coloursProperty()} when it changes.
 */
public final class Theme {
    private static final String STUDIO_CSS = Objects.requireNonNull(Theme.class.getResource("/org/whiskerstudio/ui/studio.css"))
            .toExternalForm();
    private static final ReadOnlyObjectWrapper<CanvasColours> COLOURS = new ReadOnlyObjectWrapper<>(CanvasColours.LIGHT);

    private Theme() {
    }

    /** Styles {@code scene} (and, once, the whole toolkit) with the current theme. */
    public static void apply(Scene scene) {
        use(isDark());
        if (!scene.getStylesheets().contains(STUDIO_CSS)) {
            scene.getStylesheets().add(STUDIO_CSS);
        }
    }

    /** Switches every window, open or to come, to the dark or the light theme. */
    public static void use(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        COLOURS.set(dark ? CanvasColours.DARK : CanvasColours.LIGHT);
    }

    public static boolean isDark() {
        return COLOURS.get() == CanvasColours.DARK;
    }

    /** The colours canvases paint with; changes with the theme. */
    public static ReadOnlyObjectProperty<CanvasColours> coloursProperty() {
        return COLOURS.getReadOnlyProperty();
    }

    public static CanvasColours colours() {
        return COLOURS.get();
    }

    /**
     * Runs {@code repaint} after each theme change. The theme outlives every view, so it holds the listener weakly:
     * the caller keeps the returned listener in a field, and a dropped view is not kept alive by the theme.
     */
    public static InvalidationListener onChange(Runnable repaint) {
        InvalidationListener listener = o -> repaint.run();
        COLOURS.addListener(new WeakInvalidationListener(listener));
        return listener;
    }
}
