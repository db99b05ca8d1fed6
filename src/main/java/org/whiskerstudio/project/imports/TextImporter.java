package org.whiskerstudio.project.imports;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.project.sequences.TextExample;

/**
 * Imports texts: each .txt file as one text (a whole corpus, up to {@link TextExample#MAX_BYTES}), labelled by
 * its class folder in a folder-per-class import, and each record of a CSV/TSV table as one labelled text. Stored
 * as normalised UTF-8; a file that is not UTF-8 is reported, never guessed at.
 */
public final class TextImporter {
    static final Set<String> EXTENSIONS = Set.of("txt", "csv", "tsv");
    private final ProjectStore store;

    public TextImporter(ProjectStore store) {
        this.store = store;
    }

    public ImportReport run(ImportRequest request, TextOptions options, Progress progress, Cancellation cancellation) {
        progress.update(0, -1, "Looking for text files...");
        ImportScanner.Scan scan = new ImportScanner(EXTENSIONS, "a text (.txt, .csv, .tsv)").scan(request, cancellation);
        SequenceSink sink = new SequenceSink(store, "text", progress, cancellation);
        sink.problems(scan.problems());
        boolean complete = true;
        for (ImportScanner.Candidate file : scan.candidates()) {
            if (sink.cancelled()) {
                complete = false;
                break;
            }
            try {
                if (ImportScanner.extension(file.file()).equals("txt")) {
                    sink.expectMore(1);
                    addFile(file, sink);
                } else {
                    complete &= addTable(CsvTable.read(file.file(), CsvTable.MAX_BYTES), options, sink);
                }
            } catch (SequenceUnreadable e) {
                sink.problem(file.file(), SeriesImporter.reason(e, file.file()));
            }
        }
        return sink.finish(complete);
    }

    private static void addFile(ImportScanner.Candidate file, SequenceSink sink) throws SequenceUnreadable {
        String text = TextExample.read(file.file());
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new SequenceUnreadable(file.file(), "the file is empty");
        }
        sink.add(example(text, file.file().getFileName().toString(), file.file().toString(), file.className()));
    }

    private static boolean addTable(CsvTable table, TextOptions options, SequenceSink sink) throws SequenceUnreadable {
        Optional<String> labelName = options.labelColumn().or(() -> TextOptions.guessLabel(table.header()));
        String textName = options.textColumn().or(() -> TextOptions.guessText(table.header(), labelName))
                .orElseThrow(() -> new SequenceUnreadable(table.file(), "line 1: no text column"));
        int textColumn = table.requireColumn(textName, "text");
        Optional<Integer> labelColumn = labelName.isPresent()
                ? Optional.of(table.requireColumn(labelName.get(), "label")) : Optional.empty();
        if (labelColumn.isPresent() && labelColumn.get() == textColumn) {
            throw new SequenceUnreadable(table.file(), "the label and text columns are the same column, \"" + textName + "\"");
        }
        if (table.rows().isEmpty()) {
            throw new SequenceUnreadable(table.file(), "has a header but no rows");
        }
        sink.expectMore(table.rows().size());
        Path file = table.file();
        String stem = file.getFileName().toString();
        for (CsvTable.Row row : table.rows()) {
            if (sink.cancelled()) {
                return false;
            }
            String where = "line " + row.line() + ": ";
            if (row.fields().size() != table.header().size()) {
                sink.problem(file, where + row.fields().size() + " fields, the header has " + table.header().size());
                continue;
            }
            String text = row.fields().get(textColumn);
            if (text.isBlank()) {
                sink.problem(file, where + "the text is empty");
                continue;
            }
            if (TextExample.normalise(text).length > TextExample.MAX_BYTES) {
                sink.problem(file, where + "the text is larger than " + (TextExample.MAX_BYTES >> 20) + " MB");
                continue;
            }
            Optional<String> label = labelColumn.map(c -> row.fields().get(c).strip()).filter(l -> !l.isEmpty());
            sink.add(example(text, stem + " line " + row.line(), file.toString(), label));
        }
        return true;
    }

    private static SequenceSink.Example example(String text, String name, String source, Optional<String> label) {
        byte[] stored = TextExample.normalise(text);
        String normal = new String(stored, StandardCharsets.UTF_8);
        BufferedImage thumbnail = SequenceThumbnails.text(normal);
        return new SequenceSink.Example(stored, MediaKind.TEXT_FORMAT, "txt", name, source,
                normal.codePointCount(0, normal.length()), lines(normal), label, thumbnail);
    }

    /** Lines of a normalised text: a final line break ends the last line rather than starting another. */
    static int lines(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int breaks = (int) text.chars().filter(c -> c == '\n').count();
        return text.endsWith("\n") ? breaks : breaks + 1;
    }
}
