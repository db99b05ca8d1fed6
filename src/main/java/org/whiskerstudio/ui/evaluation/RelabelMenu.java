package org.whiskerstudio.ui.evaluation;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The items of a gallery's Relabel menu: the model's answer first when it differs, then every class. */
final class RelabelMenu {
    private RelabelMenu() {
    }

    /**
     * @param current the example's class now (disabled in the menu), or -1 when it is none of {@code names}
     * @param answer  the model's class to offer first, if any
     */
    static void fill(MenuButton button, List<String> names, int current, OptionalInt answer, IntConsumer relabel) {
        button.getItems().clear();
        answer.ifPresent(guess -> {
            MenuItem asModel = new MenuItem("As " + names.get(guess) + " (the model's answer)");
            asModel.setMnemonicParsing(false);
            asModel.setOnAction(e -> relabel.accept(guess));
            button.getItems().addAll(asModel, new SeparatorMenuItem());
        });
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            MenuItem m = new MenuItem(names.get(i));
            m.setMnemonicParsing(false);
            m.setDisable(i == current);
            m.setOnAction(e -> relabel.accept(index));
            button.getItems().add(m);
        }
    }
}
