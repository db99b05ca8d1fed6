package org.whiskerstudio.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The seed's pipeline, one screen each, in order. */
public enum PipelineStage {
    DATA("Data", "Import images: files, folders, drag and drop, folder-per-class datasets.", Material2AL.COLLECTIONS),
    LABEL("Label", "Tag images and draw boxes and polygons by hand, with undo.", Material2AL.LABEL),
    ARCHITECTURE("Architecture", "Pick or build a CNN, LSTM or GAN in a visual layer editor with live shapes.",
            Material2AL.ACCOUNT_TREE),
    TRAIN("Train", "Train with DeepLearning4J and watch live loss and accuracy charts.", Material2MZ.SHOW_CHART),
    EVALUATE("Evaluate", "Confusion matrices, per-class metrics and the images the model got wrong.",
            Material2AL.ASSESSMENT),
    DEPLOY("Deploy", "Predictions in milliseconds and exported model bundles.", Material2MZ.ROCKET);

    private final String title;
    private final String purpose;
    private final Ikon icon;

    PipelineStage(String title, String purpose, Ikon icon) {
        this.title = title;
        this.purpose = purpose;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    /** The stage's icon on the rail and in the View menu. */
    Ikon icon() {
        return icon;
    }
}
