package org.whiskerstudio.ui.shell;

import java.util.Optional;

/** The seed's pipeline, one screen each, in order. Stages not built yet say so plainly. */
public enum PipelineStage {
    DATA("Data", "Import images: files, folders, drag and drop, folder-per-class datasets.", true),
    LABEL("Label", "Tag images and draw boxes and polygons by hand, with undo.", true),
    ARCHITECTURE("Architecture", "Pick or build a CNN, LSTM or GAN in a visual layer editor with live shapes.", true),
    TRAIN("Train", "Train with DeepLearning4J and watch live loss and accuracy charts.", true),
    EVALUATE("Evaluate", "Confusion matrices, per-class metrics and the images the model got wrong.", true),
    DEPLOY("Deploy", "Predictions in milliseconds and exported model bundles.", true);

    private final String title;
    private final String purpose;
    private final boolean built;

    PipelineStage(String title, String purpose, boolean built) {
        this.title = title;
        this.purpose = purpose;
        this.built = built;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    public boolean isBuilt() {
        return built;
    }

    /** The plain statement shown in place of a stage that does not exist yet. */
    public Optional<String> notBuiltNotice() {
        return built ? Optional.empty()
                : Optional.of("The " + title + " stage is not built yet in this version of Whisker Studio. "
                + "Nothing here works yet; it will: " + purpose);
    }
}
