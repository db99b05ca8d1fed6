package org.whiskerstudio.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.dataset.DatasetFixture;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Point;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.labelling.formats.AnnotationFormat;
import org.whiskerstudio.labelling.formats.Formats;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Notifier;

/** Exports and labelled imports from the File menu, with real projects and the direct executor. */
class ExchangeViewModelTest {
    @TempDir
    Path temp;

    private final List<String> errors = new ArrayList<>();
    private final List<String> news = new ArrayList<>();
    private final ExchangeViewModel model = new ExchangeViewModel(TaskExecutor.direct(),
            Notifier.of((t, m) -> errors.add(t + ": " + m), (t, m) -> news.add(t + ": " + m)));
    private final AnnotationFormat folders = Formats.byId("folders").orElseThrow();
    private final List<ProjectSession> sessions = new ArrayList<>();

    @AfterEach
    void close() {
        sessions.forEach(ProjectSession::close);
    }

    /** Opens a project of two dark and two light images (real PNG files, tagged by colour). */
    private ProjectSession openTwoClassProject(String name) {
        ProjectStore store = ProjectStore.create(temp.resolve(name), name);
        DatasetFixture.darkAndLight(store, 2, 8);
        ProjectSession session = new ProjectSession(store);
        sessions.add(session);
        model.projectOpened(Optional.of(session));
        return session;
    }

    @Test
    void anExportWritesTheDatasetAndTellsWhatWasWritten() {
        openTwoClassProject("source");
        Path out = temp.resolve("out");

        assertTrue(model.export(folders, out, Optional.empty()));

        assertEquals(1, news.size(), news.toString());
        assertTrue(news.get(0).startsWith("Export finished: 4 images with 4 labels in 2 classes"), news.get(0));
        assertTrue(Files.isDirectory(out.resolve("dark")) && Files.isDirectory(out.resolve("light")));
        assertFalse(model.runningProperty().get());
        assertEquals("", model.progressProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void anExportToAFormatWithoutPointsSaysWhichImageLostWhichShapes() {
        ProjectSession session = openTwoClassProject("source");
        ProjectStore store = session.store();
        ImageAsset first = store.images(ImageQuery.ALL).get(0);
        long cat = store.labelClasses().get(0).id();
        new AnnotationStore(store).apply(List.of(), List.of(
                new Annotation(0, first.id(), cat, new Shape.Dot(new Point(1, 1)), Set.of()),
                new Annotation(0, first.id(), cat, new Shape.Box(1, 1, 5, 5), Set.of())));

        assertTrue(model.export(Formats.byId("voc").orElseThrow(), temp.resolve("out"), Optional.empty()));

        assertTrue(news.get(0).startsWith("Export finished: 4 images with 5 labels in 2 classes"), news.get(0));
        assertTrue(news.get(0).contains("\n\nThe format cannot hold every shape:\n" + first.fileName()
                + ": left out 1 point\n"), news.get(0));
    }

    @Test
    void withoutAProjectNothingStarts() {
        model.projectOpened(Optional.empty());

        assertFalse(model.export(folders, temp.resolve("out"), Optional.empty()));
        assertFalse(model.importLabels(folders, temp));

        assertEquals(List.of(), news);
        assertEquals(List.of(), errors);
    }

    @Test
    void aFailedExportSaysNothingWasLeftHalfWritten() throws IOException {
        openTwoClassProject("source");
        Path blocker = Files.writeString(temp.resolve("a file"), "not a folder");
        Path out = blocker.resolve("out");

        model.export(folders, out, Optional.empty());

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Export failed: Nothing was left half-written in " + out + "."), errors.get(0));
        assertFalse(model.runningProperty().get());
    }

    @Test
    void anImportAddsTheLabelsRefreshesTheScreensAndReports() {
        openTwoClassProject("source");
        Path out = temp.resolve("out");
        model.export(folders, out, Optional.empty());
        ProjectStore target = ProjectStore.create(temp.resolve("target"), "target");
        ProjectSession session = new ProjectSession(target);
        sessions.add(session);
        model.projectOpened(Optional.of(session));
        AtomicInteger refreshed = new AtomicInteger();
        model.setAfterImport(refreshed::incrementAndGet);

        assertTrue(model.importLabels(folders, out));

        assertEquals(4, target.images(ImageQuery.ALL).size());
        assertEquals(1, refreshed.get());
        assertTrue(news.get(news.size() - 1).startsWith("Labels imported: 4 labels on 4 images imported"),
                news.toString());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aRefusedImportSaysWhyAndThatNothingCameIn() {
        ProjectSession session = openTwoClassProject("target");
        AtomicInteger refreshed = new AtomicInteger();
        model.setAfterImport(refreshed::incrementAndGet);

        model.importLabels(folders, temp.resolve("no such folder"));

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Import refused: "), errors.get(0));
        assertTrue(errors.get(0).endsWith("Nothing from this dataset was imported."), errors.get(0));
        assertEquals(0, refreshed.get());
        assertEquals(4, session.store().images(ImageQuery.ALL).size());
    }
}
