package org.whiskerstudio.ui.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kordamp.ikonli.material2.Material2AL;
import org.whiskerstudio.ui.common.Icons;

/**
 * The strip under the menu while a read-only project is open ("This project is read-only: its folder ... is on a
 * read-only disk. You can look, evaluate and export elsewhere; changes are off."); it takes no room otherwise.
 */
final class ReadOnlyBanner {
    private ReadOnlyBanner() {
    }

    static Node of(ObservableStringValue text) {
        Label banner = new Label();
        banner.textProperty().bind(text);
        banner.setGraphic(Icons.of(Material2AL.LOCK));
        banner.setWrapText(true);
        banner.setMinWidth(0);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setId("read-only-banner");
        banner.getStyleClass().add("read-only-banner");
        banner.visibleProperty().bind(banner.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
