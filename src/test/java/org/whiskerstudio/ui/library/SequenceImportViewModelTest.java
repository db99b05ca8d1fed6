package org.whiskerstudio.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.imports.SequenceImport;
import org.whiskerstudio.project.imports.SeriesOptions;
import org.whiskerstudio.project.imports.TextOptions;

/** The series/text import options: defaults read from the file, validation, and the import they make. */
class SequenceImportViewModelTest {
    @TempDir
    Path temp;

    private SequenceImportViewModel optionsFor(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        ImportRequest request = ImportRequest.of(List.of(file));
        return new SequenceImportViewModel(request, SequenceFiles.firstTable(request.sources()));
    }

    @Test
    void aSensorTableDefaultsToWindowsGroupedByItsIdColumnWithNumericFeatures() throws IOException {
        SequenceImportViewModel model = optionsFor("sensor.csv",
                "reading,mote_id,humidity,temperature,label\n1,1,45.9,27.9,0\n2,1,45.8,27.9,0\n");

        assertEquals(SequenceImportViewModel.Mode.SERIES_WINDOWED, model.modeProperty().get());
        assertEquals("label", model.labelColumnProperty().get());
        assertEquals("mote_id", model.groupColumnProperty().get());
        assertEquals(List.of("reading", "humidity", "temperature"), model.features());

        model.setFeature("reading", false);
        model.windowProperty().set(30);
        model.strideProperty().set(5);
        model.policyProperty().set(SeriesOptions.LabelPolicy.LAST);
        SequenceImport.OfSeries plan = assertInstanceOf(SequenceImport.OfSeries.class, model.plan().orElseThrow());
        assertEquals(List.of("humidity", "temperature"), plan.options().features());
        assertEquals(new SeriesOptions.Windows("label", 30, 5, Optional.of("mote_id"), SeriesOptions.LabelPolicy.LAST),
                plan.options().window().orElseThrow());
    }

    @Test
    void missingChoicesAreNamedAndNoImportIsMade() throws IOException {
        SequenceImportViewModel model = optionsFor("plain.csv", "x,y\n1,2\n");
        assertEquals(SequenceImportViewModel.Mode.SERIES_PER_FILE, model.modeProperty().get());
        assertEquals("", model.problemProperty().get());

        model.modeProperty().set(SequenceImportViewModel.Mode.SERIES_WINDOWED);
        assertEquals("Choose the column that labels each row.", model.problemProperty().get());
        assertTrue(model.plan().isEmpty());

        model.labelColumnProperty().set("y");
        assertEquals(List.of("x"), model.features(), "the label column is no longer a feature");
        model.setFeature("x", false);
        assertEquals("Choose at least one feature column.", model.problemProperty().get());
    }

    @Test
    void aTableOfSentencesDefaultsToTextWithItsLabelAndTextColumns() throws IOException {
        SequenceImportViewModel model = optionsFor("sms.csv", "category,message\nham,see you at five\nspam,win now\n");

        assertEquals(SequenceImportViewModel.Mode.TEXT, model.modeProperty().get());
        SequenceImport.OfText plan = assertInstanceOf(SequenceImport.OfText.class, model.plan().orElseThrow());
        assertEquals(new TextOptions(Optional.of("category"), Optional.of("message")), plan.options());
    }

    @Test
    void droppedCsvFilesWaitForTheOptionsDialogInsteadOfTheImageImport() throws IOException {
        Path file = temp.resolve("texts.csv");
        Files.writeString(file, "label,text\nham,hello there\n");
        try (ProjectSession session = new ProjectSession(ProjectStore.create(temp.resolve("p"), "p"))) {
            LibraryViewModel library = new LibraryViewModel(TaskExecutor.direct());
            library.projectOpened(Optional.of(session));

            assertTrue(library.startImport(ImportRequest.of(List.of(file))));
            ImportRequest pending = library.pendingSequenceImportProperty().get();
            assertEquals(List.of(file), pending.sources());
            assertEquals(0, session.store().imageCount());

            SequenceImportViewModel options = new SequenceImportViewModel(pending, SequenceFiles.firstTable(pending.sources()));
            assertTrue(library.startSequenceImport(options.plan().orElseThrow()));
            assertEquals(1, session.store().imageCount());
            assertEquals(1, library.images().size());
            assertEquals("1 imported, 0 duplicates skipped, 0 problems", library.importStatusProperty().get());
        }
    }
}
