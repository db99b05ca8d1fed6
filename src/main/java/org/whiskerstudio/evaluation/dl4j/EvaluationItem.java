package org.whiskerstudio.evaluation.dl4j;

import java.nio.file.Path;
import org.whiskerstudio.evaluation.TestPartCurrency;
import org.whiskerstudio.project.sequences.MediaKind;

/** One labelled image to evaluate: {@code className} is its label in the evaluated project. */
record EvaluationItem(long imageId, String sha256, Path file, String className, MediaKind kind) {
    TestPartCurrency.Member member() {
        return new TestPartCurrency.Member(imageId, sha256, className);
    }
}
