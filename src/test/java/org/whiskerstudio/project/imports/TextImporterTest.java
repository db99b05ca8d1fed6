package org.whiskerstudio.project.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.TextExample;

class TextImporterTest {
    @TempDir
    Path tmp;

    private Path write(String relative, String content) throws IOException {
        Path file = tmp.resolve("in").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private ImportReport run(ProjectStore store, ImportRequest request, TextOptions options) {
        return new TextImporter(store).run(request, options, Progress.NONE, new Cancellation());
    }

    private static Map<String, String> labels(ProjectStore store) {
        Map<Long, String> names = store.labelClasses().stream().collect(Collectors.toMap(LabelClass::id, LabelClass::name));
        Map<String, String> out = new TreeMap<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            out.put(image.fileName(), image.classIds().stream().map(names::get).collect(Collectors.joining(",")));
        }
        return out;
    }

    @Test
    void csvTableGivesOneLabelledTextPerRecordWithQuotedLineBreaks() throws Exception {
        write("sms.csv", "\uFEFFlabel,text\r\nham,\"Hi, see you at 5\"\r\nspam,\"WIN a prize!\r\nCall now\"\r\nham,ok\r\n");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "p")) {
            ImportReport report = run(store, ImportRequest.of(List.of(tmp.resolve("in/sms.csv"))), TextOptions.defaults());

            assertEquals(3, report.imported(), report.summary());
            assertEquals(Map.of("sms.csv line 2", "ham", "sms.csv line 3", "spam", "sms.csv line 5", "ham"), labels(store));
            ImageAsset spam = store.images(new ImageQuery(new ImageQuery.LabelFilter.All(), "line 3")).get(0);
            assertEquals(MediaKind.TEXT_FORMAT, spam.format());
            assertEquals("WIN a prize!\nCall now", TextExample.read(store.layout().resolveStored(spam.storedPath())));
            assertEquals(21, spam.width());
            assertEquals(2, spam.height());
        }
    }

    @Test
    void tsvWithChosenColumnsAndAMissingColumnIsReported() throws Exception {
        write("reviews.tsv", "id\tstars\tbody\n1\tgood\tLovely film\n2\tbad\t\n3\tbad\tDull\n");
        write("other.csv", "a,b\nx,y\n");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "p")) {
            ImportReport report = run(store, ImportRequest.of(List.of(tmp.resolve("in"))),
                    new TextOptions(Optional.of("stars"), Optional.of("body")));

            assertEquals(2, report.imported(), report.summary());
            assertEquals(Map.of("reviews.tsv line 2", "good", "reviews.tsv line 4", "bad"), labels(store));
            List<String> problems = report.problems().stream().map(Problem::toString).sorted().toList();
            assertTrue(problems.get(0).endsWith("other.csv: line 1: no text column \"body\"; the header has a, b"), problems.toString());
            assertTrue(problems.get(1).endsWith("reviews.tsv: line 3: the text is empty"), problems.toString());
        }
    }

    @Test
    void folderPerClassOfTxtFilesAndASingleCorpusFile() throws Exception {
        write("poems/a.txt", "Roses are red\r\nViolets are blue\r\n");
        write("recipes/b.txt", "Boil water.");
        Path corpus = write("corpus.txt", "Call me Ishmael. Some years ago\nnever mind how long precisely\n");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "p")) {
            Path classes = tmp.resolve("in");
            Files.move(corpus, tmp.resolve("corpus.txt"));
            ImportReport byFolder = run(store, ImportRequest.folderPerClass(classes), TextOptions.defaults());
            ImportReport single = run(store, ImportRequest.of(List.of(tmp.resolve("corpus.txt"))), TextOptions.defaults());

            assertEquals(2, byFolder.imported(), byFolder.summary());
            assertEquals(1, single.imported(), single.summary());
            assertEquals(Map.of("a.txt", "poems", "b.txt", "recipes", "corpus.txt", ""), labels(store));
            ImageAsset a = store.images(new ImageQuery(new ImageQuery.LabelFilter.All(), "a.txt")).get(0);
            assertEquals("Roses are red\nViolets are blue\n", TextExample.read(store.layout().resolveStored(a.storedPath())));
            assertEquals(2, a.height());
        }
    }

    @Test
    void nonUtf8EmptyAndOversizedTextsAreReportedNotCrashedOn() throws Exception {
        write("ok.txt", "fine");
        Files.write(tmp.resolve("in/latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        write("empty.txt", "  \n");
        Path huge = tmp.resolve("in/huge.txt");
        Files.write(huge, new byte[(int) TextExample.MAX_BYTES + 1]);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "p")) {
            ImportReport report = run(store, ImportRequest.of(List.of(tmp.resolve("in"))), TextOptions.defaults());

            assertEquals(1, report.imported(), report.summary());
            Map<String, String> reasons = report.problems().stream().collect(Collectors.toMap(
                    p -> Path.of(p.source()).getFileName().toString(), Problem::reason));
            assertEquals("is not UTF-8 text", reasons.get("latin1.txt"));
            assertEquals("the file is empty", reasons.get("empty.txt"));
            assertEquals("larger than 4 MB", reasons.get("huge.txt"));
        }
    }

    @Test
    void theSameTextWithOtherLineEndsIsADuplicate() throws Exception {
        write("a.txt", "one\ntwo\n");
        write("b.txt", "one\r\ntwo\r\n");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "p")) {
            ImportReport report = run(store, ImportRequest.of(List.of(tmp.resolve("in"))), TextOptions.defaults());

            assertEquals(1, report.imported());
            assertEquals(1, report.duplicates());
        }
    }
}
