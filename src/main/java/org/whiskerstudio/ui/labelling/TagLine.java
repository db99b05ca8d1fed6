package org.whiskerstudio.ui.labelling;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.whiskerstudio.project.LabelClass;

/**
 * The line above the canvas saying what the shown image is: "Tagged:" and its class tags as solid chips in their
 * colours (the suggestion, on the image, is a dashed chip that says "Suggested"), and whether it is reviewed.
 */
final class TagLine {
    private final HBox root;
    private final HBox chips = new HBox(6);
    private final Label untagged = new Label("not tagged (keys 1-9 tag it)");

    TagLine(LabelViewModel model, Runnable refocus) {
        Label heading = new Label("Tagged:");
        heading.getStyleClass().add("text-bold");
        untagged.setId("label-untagged");
        untagged.getStyleClass().add("text-muted");
        chips.setId("label-tags");
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.setMinWidth(0);
        ShownLabels labels = model.labels();
        labels.tags().addListener((ListChangeListener<LabelClass>) c -> showTags(labels.tags()));
        showTags(labels.tags());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(8, heading, chips, spacer, reviewed(model, refocus));
        root.setId("label-tag-line");
        root.getStyleClass().add("tag-line");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 10, 4, 10));
        BooleanBinding imageShown = Bindings.createBooleanBinding(() -> model.currentProperty().get().isPresent(),
                model.currentProperty());
        root.visibleProperty().bind(imageShown);
        root.managedProperty().bind(imageShown);
    }

    Node node() {
        return root;
    }

    private void showTags(List<LabelClass> tags) {
        chips.getChildren().setAll(tags.isEmpty() ? List.of(untagged) : tags.stream().map(ClassChip::of).toList());
    }

    /**
     * A check box, whose look says on or off at a glance (a toggle button's pressed look did not). It shows what is
     * stored: a click asks for the change and the box follows once it is saved.
     */
    private static CheckBox reviewed(LabelViewModel model, Runnable refocus) {
        CheckBox box = new CheckBox("Reviewed");
        box.setId("label-reviewed");
        box.setFocusTraversable(false);
        box.setTooltip(new Tooltip("Mark this example reviewed (R); in review mode R also moves on"));
        box.setSelected(model.reviewedProperty().get());
        model.reviewedProperty().addListener((o, a, b) -> box.setSelected(b));
        box.setOnAction(e -> {
            box.setSelected(model.reviewedProperty().get());
            model.toggleReviewed();
            refocus.run();
        });
        return box;
    }
}
