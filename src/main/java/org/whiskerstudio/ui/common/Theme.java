package org.whiskerstudio.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The studio's look: AtlantaFX Primer Light for the toolkit, plus our stylesheet built on its variables. */
public final class Theme {
    private Theme() {
    }

    public static void apply(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource("/org/whiskerstudio/ui/studio.css"))
                .toExternalForm());
    }
}
