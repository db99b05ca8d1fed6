package org.whiskerstudio.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportReport;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.imports.SeriesImporter;
import org.whiskerstudio.project.imports.SeriesOptions;
import org.whiskerstudio.project.imports.TextImporter;
import org.whiskerstudio.project.imports.TextOptions;

/** The class tags a folder-per-class import of images, series or texts brings are marked imported, with the import. */
class ImportedTagSourcesTest {
    @TempDir
    Path tmp;

    private void write(String relative, String content) throws Exception {
        Path file = tmp.resolve("in").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static Set<LabelSource> sources(ProjectStore store) {
        return Set.copyOf(new LabelSources(store).all().values());
    }

    @Test
    void imagesFromClassFoldersAreImportedFromFolders() throws Exception {
        for (String name : new String[] {"cat/a.png", "dog/b.png"}) {
            Path file = tmp.resolve("in").resolve(name);
            Files.createDirectories(file.getParent());
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, name.hashCode());
            ImageIO.write(image, "png", file.toFile());
        }
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "p")) {
            ImportReport report = new ImageImporter(store).run(ImportRequest.folderPerClass(tmp.resolve("in")),
                    Progress.NONE, new Cancellation());

            assertEquals(2, report.imported(), report.summary());
            assertEquals(2, new LabelSources(store).all().size());
            assertEquals(Set.of(new LabelSource.Imported("folders")), sources(store));
        }
    }

    @Test
    void labelledSeriesAndTextsAreImportedFromTheirImport() throws Exception {
        write("walk/a.csv", "time,x\n0,1.5\n1,2.5\n");
        write("poems/a.txt", "Roses are red\n");
        try (ProjectStore series = ProjectStore.create(tmp.resolve("s"), "s");
             ProjectStore texts = ProjectStore.create(tmp.resolve("t"), "t")) {
            new SeriesImporter(series).run(ImportRequest.folderPerClass(tmp.resolve("in")), SeriesOptions.perFile(),
                    Progress.NONE, new Cancellation());
            new TextImporter(texts).run(ImportRequest.folderPerClass(tmp.resolve("in")), TextOptions.defaults(),
                    Progress.NONE, new Cancellation());

            assertEquals(Set.of(new LabelSource.Imported("series")), sources(series));
            assertEquals(Set.of(new LabelSource.Imported("text")), sources(texts));
        }
    }
}
