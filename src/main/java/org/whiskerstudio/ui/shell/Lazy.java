package org.whiskerstudio.ui.shell;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A screen built the first time it is asked for. The window opens with only the welcome screen built: building the
 * Data, Label, Train, Evaluate and Deploy screens up front cost 0.7-1.4 s of the start on this machine, and a person
 * starting the studio sees none of them before a project is open. Each view reads its view model's current state when
 * built, so building late shows the same as building early. FX thread only.
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> build;
    private T value;

    Lazy(Supplier<T> build) {
        this.build = Objects.requireNonNull(build);
    }

    @Override
    public T get() {
        if (value == null) {
            value = Objects.requireNonNull(build.get());
        }
        return value;
    }
}
