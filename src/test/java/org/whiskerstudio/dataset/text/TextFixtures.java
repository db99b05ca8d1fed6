package org.whiskerstudio.dataset.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.TextExample;

/** Text examples written into a project the way the text importer stores them (the importer is not needed here). */
public final class TextFixtures {
    private TextFixtures() {
    }

    public static void addText(ProjectStore store, String fileName, String text, Optional<String> className)
            throws IOException {
        byte[] bytes = TextExample.normalise(text);
        String sha = Hashes.sha256Hex(bytes);
        Path file = store.layout().storedImage(sha, "txt");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        String stored = new String(bytes, StandardCharsets.UTF_8);
        store.addImages(List.of(new NewImage(sha, fileName, store.layout().relativize(file), "/test/" + fileName,
                stored.length(), (int) stored.lines().count(), MediaKind.TEXT_FORMAT, bytes.length, className)));
    }
}
