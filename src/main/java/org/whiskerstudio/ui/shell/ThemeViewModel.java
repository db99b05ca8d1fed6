package org.whiskerstudio.ui.shell;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.whiskerstudio.settings.ThemeChoice;

/**
 * View > Theme: the chosen look (light, dark, or the desktop's) and whether that makes the window dark. The desktop
 * is asked when its preference is what counts: at start while the choice is "follow the desktop" (as it is on the
 * very first start) and each time that choice is made again.
 */
public final class ThemeViewModel {
    private final ReadOnlyObjectWrapper<ThemeChoice> choice;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private final BooleanSupplier desktopPrefersDark;
    private final Consumer<ThemeChoice> save;

    /**
     * @param saved              the choice in the settings
     * @param desktopPrefersDark asks the desktop (may run a command: called only when the answer matters)
     * @param save               keeps a new choice for the next start
     */
    public ThemeViewModel(ThemeChoice saved, BooleanSupplier desktopPrefersDark, Consumer<ThemeChoice> save) {
        this.choice = new ReadOnlyObjectWrapper<>(saved);
        this.desktopPrefersDark = desktopPrefersDark;
        this.save = save;
        dark.set(resolve(saved));
    }

    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** True while the window should be dark. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public void choose(ThemeChoice next) {
        if (next == choice.get()) {
            return;
        }
        choice.set(next);
        dark.set(resolve(next));
        save.accept(next);
    }

    private boolean resolve(ThemeChoice c) {
        return switch (c) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> desktopPrefersDark.getAsBoolean();
        };
    }
}
