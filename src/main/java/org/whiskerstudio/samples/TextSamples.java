package org.whiskerstudio.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.project.ImageOrigin;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.project.sequences.TextExample;

/**
 * Text samples: a book shipped as one UTF-8 file ({@code <id>.txt}) becomes one text example per chapter (split at
 * lines starting with {@code CHAPTER }), each tagged with the book's title, in book order.
 */
final class TextSamples {
    static final SampleProjects.Sample MOBY_DICK = new SampleProjects.Sample("moby-dick", "Moby Dick",
            "A novel to learn to write like, letter by letter",
            "Herman Melville's Moby-Dick (1851) as 135 chapters of text, 1.2 million characters: train the "
                    + "Character LSTM template and watch it learn to write like the book. Public domain / CC0.",
            List.of(), (store, data, progress, cancellation) -> importBook(store, data, "moby-dick", "Moby Dick"));

    private TextSamples() {
    }

    static void importBook(ProjectStore store, Path data, String id, String title) {
        try {
            importBook(store, data.resolve(id + ".txt"), title);
        } catch (IOException e) {
            throw new ProjectException("The packaged sample " + title + " could not be stored: " + e.getMessage(), e);
        }
    }

    private static void importBook(ProjectStore store, Path book, String title) throws IOException {
        String text;
        try {
            text = TextExample.read(book);
        } catch (SequenceUnreadable e) {
            throw new ProjectException("The packaged sample is damaged: " + e.getMessage());
        }
        List<String> chapters = chapters(text);
        List<NewImage> examples = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            examples.add(store(store, String.format("chapter-%03d.txt", i + 1), chapters.get(i), book, title));
        }
        store.addImages(examples, new ImageOrigin.Imported("text"));
    }

    /** The text cut before each line that starts with "CHAPTER "; what precedes the first one goes with it. */
    static List<String> chapters(String text) {
        String normal = new String(TextExample.normalise(text), StandardCharsets.UTF_8);
        List<Integer> bounds = new ArrayList<>(List.of(0));
        int first = normal.startsWith("CHAPTER ") ? 0 : normal.indexOf("\nCHAPTER ");
        for (int at = first < 0 ? -1 : normal.indexOf("\nCHAPTER ", first + 1); at >= 0;
             at = normal.indexOf("\nCHAPTER ", at + 1)) {
            bounds.add(at + 1);
        }
        bounds.add(normal.length());
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            out.add(normal.substring(bounds.get(i), bounds.get(i + 1)).strip());
        }
        return out;
    }

    private static NewImage store(ProjectStore store, String name, String chapter, Path source, String className)
            throws IOException {
        byte[] bytes = TextExample.normalise(chapter);
        String sha = Hashes.sha256Hex(bytes);
        Path file = store.layout().storedImage(sha, MediaKind.extension(MediaKind.TEXT_FORMAT));
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new NewImage(sha, name, store.layout().relativize(file), source.toString(), chapter.length(),
                (int) chapter.lines().count(), MediaKind.TEXT_FORMAT, bytes.length, Optional.of(className));
    }
}
