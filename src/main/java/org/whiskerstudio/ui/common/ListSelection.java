package org.whiskerstudio.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ListView;

/** A list whose selected row and a view model's selected item follow each other. */
public final class ListSelection {
    private ListSelection() {
    }

    /**
     * Picking a row sets {@code selected} (clearing the list's selection leaves it); setting {@code selected} selects
     * its row and hands it to {@code show} (null when nothing is selected).
     */
    public static <T> void follow(ListView<T> list, ObjectProperty<T> selected, Consumer<T> show) {
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                selected.set(b);
            }
        });
        selected.addListener((o, a, b) -> {
            list.getSelectionModel().select(b);
            show.accept(b);
        });
    }
}
