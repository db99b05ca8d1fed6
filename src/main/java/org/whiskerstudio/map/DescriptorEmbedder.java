package org.whiskerstudio.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.ImageUnreadable;
import org.whiskerstudio.dataset.ProjectMedia;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * The descriptor of every example of the project's kind ({@link ProjectMedia#kind}); descriptors of different kinds
 * are not comparable, so examples of another kind are left out and counted in a note.
 */
public final class DescriptorEmbedder implements Embedder {
    @Override
    public Optional<Embeddings> embed(ProjectStore store, List<ImageAsset> examples, Progress progress,
                                      Cancellation cancellation) {
        MediaKind kind = ProjectMedia.kind(store);
        List<Long> ids = new ArrayList<>(examples.size());
        List<float[]> vectors = new ArrayList<>(examples.size());
        List<String> notes = new ArrayList<>();
        Map<MediaKind, Integer> others = new TreeMap<>();
        int done = 0;
        for (ImageAsset image : examples) {
            if (cancellation.isCancelled()) {
                return Optional.empty();
            }
            MediaKind own = MediaKind.of(image.format());
            if (own != kind) {
                others.merge(own, 1, Integer::sum);
            } else {
                try {
                    vectors.add(Descriptors.of(kind, store.layout().resolveStored(image.storedPath())));
                    ids.add(image.id());
                } catch (ImageUnreadable e) {
                    notes.add(image.fileName() + " left out: " + e.getMessage());
                }
            }
            if (++done % 200 == 0 || done == examples.size()) {
                progress.update(done, examples.size(), "Describing " + done + " of " + examples.size() + "...");
            }
        }
        others.forEach((k, count) -> notes.add(count + " examples of another kind (" + k.name().toLowerCase()
                + ") left out: the map shows " + kind.name().toLowerCase() + " examples."));
        return Optional.of(new Embeddings(ids.stream().mapToLong(Long::longValue).toArray(),
                vectors.toArray(new float[0][]), notes));
    }
}
