package org.whiskerstudio.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.whiskerstudio.ui.common.Icons;

/** Stands in for a stage that does not exist yet, and says so plainly. */
final class NotBuiltView {
    private NotBuiltView() {
    }

    static Node of(PipelineStage stage) {
        Label title = new Label(stage.title() + ": not built yet", Icons.of(Material2AL.CONSTRUCTION, 40));
        title.getStyleClass().add("title-2");
        title.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        Label text = new Label(stage.notBuiltNotice().orElse(""));
        text.setId("not-built-notice");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add("text-muted");
        VBox box = new VBox(16, title, text);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        return box;
    }
}
