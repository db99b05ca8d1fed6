package org.whiskerstudio.map;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectStore;

/** Computes one source's embeddings of a project's examples; runs on the caller's thread. */
@FunctionalInterface
public interface Embedder {
    /** Embeds the examples it can read of {@code examples} (naming the others in the notes); empty when cancelled. */
    Optional<Embeddings> embed(ProjectStore store, List<ImageAsset> examples, Progress progress,
                               Cancellation cancellation) throws IOException;
}
