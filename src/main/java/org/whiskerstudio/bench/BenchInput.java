package org.whiskerstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.deploy.ImageFiles;
import org.whiskerstudio.project.sequences.MediaKind;
import picocli.CommandLine.Parameters;

/** The BUNDLE and DIR parameters the benchmarks share, and DIR's images read into memory. */
final class BenchInput {
    @Parameters(index = "0", paramLabel = "BUNDLE")
    Path bundle;

    @Parameters(index = "1", paramLabel = "DIR", description = "a folder of images, or of .csv series or .txt texts for a "
            + "sequence model (read into memory first)")
    Path dir;

    /** The encoded bytes of at most {@code max} images of DIR; an IOException naming DIR when it has none. */
    List<byte[]> images(int max) throws IOException {
        return examples(max, MediaKind.IMAGE);
    }

    /** The same for examples of {@code kind}: images, series (.csv) or texts (.txt). */
    List<byte[]> examples(int max, MediaKind kind) throws IOException {
        List<byte[]> encoded = new ArrayList<>();
        for (Path f : ImageFiles.expand(List.of(dir), kind).stream().limit(max).toList()) {
            encoded.add(Files.readAllBytes(f));
        }
        if (encoded.isEmpty()) {
            throw new IOException("no " + noun(kind) + " in " + dir);
        }
        return encoded;
    }

    static String noun(MediaKind kind) {
        return switch (kind) {
            case IMAGE -> "images";
            case SERIES -> "series (.csv)";
            case TEXT -> "texts (.txt)";
        };
    }
}
