package org.whiskerstudio.dataset.dl4j;

import java.util.List;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.dataset.ClassificationData;
import org.whiskerstudio.dataset.TensorCache;

/** What preparing a project's data for training ended in. */
public sealed interface PreparedData {
    /**
     * Ready to train on.
     *
     * @param warnings      sentences worth showing before training (few images, a class missing from a part)
     * @param imageProblems images that could not be read, by file; they were left out
     */
    record Ready(TrainingTensors data, ClassificationData examples, List<String> warnings, List<Problem> imageProblems,
                 TensorCache.BuildReport cache) implements PreparedData {
        public Ready {
            warnings = List.copyOf(warnings);
            imageProblems = List.copyOf(imageProblems);
        }
    }

    /** Training cannot start; {@code errors} say why, one sentence each. */
    record Refused(List<String> errors) implements PreparedData {
        public Refused {
            errors = List.copyOf(errors);
        }
    }

    /** The user cancelled while images were being prepared; what was done is kept in the cache. */
    record Cancelled() implements PreparedData {
    }
}
