package org.whiskerstudio.ui.labelling;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.whiskerstudio.project.ImageAsset;

/** An image row: file name and a status dot (grey unlabelled, blue labelled, green reviewed). */
final class ImageCell extends ListCell<ImageAsset> {
    private final LabelViewModel model;

    ImageCell(LabelViewModel model) {
        this.model = model;
    }

    @Override
    protected void updateItem(ImageAsset item, boolean isEmpty) {
        super.updateItem(item, isEmpty);
        if (isEmpty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(item.fileName());
        ImageStatus status = model.statusOf(item);
        Circle dot = new Circle(4, Color.web(switch (status) {
            case REVIEWED -> "#1a7f37";
            case LABELLED -> "#0969da";
            case UNLABELLED -> "#afb8c1";
        }));
        setGraphic(dot);
        setTooltip(new Tooltip(status.title()));
    }
}
