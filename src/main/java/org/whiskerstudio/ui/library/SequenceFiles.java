package org.whiskerstudio.ui.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.whiskerstudio.project.imports.CsvTable;

/** Recognises sequence data among imported paths: CSV/TSV tables and .txt texts. */
final class SequenceFiles {
    private static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt");
    private static final int PEEK_BYTES = 64 * 1024;

    private SequenceFiles() {
    }

    /** True when every path is a file of a sequence type (a folder is an image import unless asked otherwise). */
    static boolean all(List<Path> paths) {
        return !paths.isEmpty() && paths.stream().allMatch(p -> Files.isRegularFile(p) && isSequence(p));
    }

    static boolean isSequence(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** The start of the first table among the paths (looking one level into folders), for choosing columns. */
    static Optional<CsvTable> firstTable(List<Path> paths) {
        for (Path p : paths) {
            Optional<Path> table = Files.isDirectory(p) ? firstTableUnder(p) : Optional.of(p).filter(SequenceFiles::isTable);
            if (table.isPresent()) {
                return CsvTable.peek(table.get(), PEEK_BYTES);
            }
        }
        return Optional.empty();
    }

    private static boolean isTable(Path p) {
        return isSequence(p) && !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static Optional<Path> firstTableUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir, 3)) {
            return files.filter(Files::isRegularFile).filter(SequenceFiles::isTable).sorted().findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
