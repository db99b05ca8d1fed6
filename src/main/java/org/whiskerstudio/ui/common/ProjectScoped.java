package org.whiskerstudio.ui.common;

import java.util.Optional;

/**
 * A view model that follows the open project. The shell calls {@link #projectOpened} once per project opened, and
 * with empty when the project is closed; what {@code P} is depends on what the screen needs of the project (the
 * session itself, or a service opened for it).
 *
 * @param <P> what the view model reads the project through
 */
public interface ProjectScoped<P> {
    /** A project was opened (empty: the open one was closed); running work for the previous one stops. */
    void projectOpened(Optional<P> project);
}
