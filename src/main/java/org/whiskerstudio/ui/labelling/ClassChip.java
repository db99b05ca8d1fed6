package org.whiskerstudio.ui.labelling;

import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.whiskerstudio.project.LabelClass;

/** A class name on a solid chip in the class colour: a label that is there (a suggestion's chip is dashed instead). */
final class ClassChip {
    private ClassChip() {
    }

    static Label of(LabelClass labelClass) {
        Label chip = new Label(labelClass.name());
        chip.getStyleClass().add("class-chip");
        show(chip, labelClass);
        return chip;
    }

    /** Gives a chip another class, its colour and a text colour that reads on it. */
    static void show(Label chip, LabelClass labelClass) {
        Color text = ClassLook.of(labelClass).textColour();
        chip.setText(labelClass.name());
        chip.setStyle("-fx-background-color: " + labelClass.color() + "; -fx-text-fill: "
                + (text.equals(Color.BLACK) ? "black" : "white") + ";");
    }
}
