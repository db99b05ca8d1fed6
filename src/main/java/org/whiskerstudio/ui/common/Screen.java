package org.whiskerstudio.ui.common;

import javafx.scene.Node;

/**
 * A screen the shell shows in its centre. The shell calls {@link #activate()} each time the screen comes into view
 * (other screens may have changed the project meanwhile) and {@link #deactivate()} when another one replaces it.
 */
public interface Screen {
    /** The screen's root node, the same one every time. */
    Node node();

    /** The screen is shown: re-read what other screens change. */
    default void activate() {
    }

    /** Another screen is shown instead. */
    default void deactivate() {
    }
}
