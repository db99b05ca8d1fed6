package org.whiskerstudio.evaluation;

import java.nio.file.Path;

/** Which labelled images an evaluation runs on. */
public sealed interface EvaluationData {
    /** The evaluated project's test part, which no run trains or tunes on. */
    record TestPart() implements EvaluationData {
    }

    /** Every labelled image (exactly one class) of another project folder; classes are matched by name. */
    record OtherProject(Path folder) implements EvaluationData {
    }
}
