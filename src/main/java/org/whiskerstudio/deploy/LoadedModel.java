package org.whiskerstudio.deploy;

import java.nio.file.Path;
import java.util.List;
import org.whiskerstudio.dataset.ImageUnreadable;

/** A model ready to predict, as the Deploy screen sees it (the engine stays behind this interface). */
public interface LoadedModel extends FolderPrediction.FilePredictor {
    String name();

    List<String> classes();

    /** "28x28x1, grey, stretch". */
    String inputDescription();

    @Override
    Prediction predict(Path file, int k) throws ImageUnreadable;
}
