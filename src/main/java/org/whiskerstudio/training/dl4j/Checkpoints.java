package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.training.CheckpointState;
import org.whiskerstudio.training.RunFolder;

/** Writes a run's checkpoints and its best model; every file appears whole or not at all. */
final class Checkpoints {
    private Checkpoints() {
    }

    /** The model with updater state, then checkpoint.json naming it, then the older checkpoints (any kind) go. */
    static void save(Network net, RunFolder folder, CheckpointState state) throws IOException {
        Path zip = folder.checkpoint(state);
        // ModelSerializer's own File overload writes in place; a kill mid-write would leave a broken zip.
        AtomicFiles.write(zip, out -> net.write(out, true));
        folder.writeCheckpointState(state);
        List<Path> older;
        try (Stream<Path> files = Files.list(folder.root())) {
            older = files.filter(p -> p.getFileName().toString().matches("checkpoint-\\d+(-\\d+)?\\.zip")
                    && !p.equals(zip)).toList();
        }
        for (Path p : older) {
            Files.deleteIfExists(p);
        }
    }

    /** Without updater state: the best model is for evaluation and export, not for going on. */
    static void saveBest(Network net, RunFolder folder) throws IOException {
        AtomicFiles.write(folder.best(), out -> net.write(out, false));
    }
}
