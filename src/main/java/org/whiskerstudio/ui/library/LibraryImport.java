package org.whiskerstudio.ui.library;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Problem;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportReport;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.project.imports.SequenceImport;
import org.whiskerstudio.ui.common.ProgressThrottle;
import org.whiskerstudio.ui.common.UiTasks;

/**
 * The Data screen's one import at a time: images at once, series and texts after their options dialog; its progress,
 * its summary and problems, and the screen's status line, which the library's own messages share. The grid is
 * reloaded every so often while it runs, so new examples appear as they are committed.
 */
final class LibraryImport {
    private static final long REFRESH_DURING_IMPORT_NANOS = 1_500_000_000L;
    private final UiTasks tasks;
    private final Supplier<Optional<ProjectSession>> session;
    private final Runnable reload;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> lastReport = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<ImportRequest> pendingSequenceImport = new SimpleObjectProperty<>();
    private Cancellation cancellation = new Cancellation();
    private long lastRefresh;

    LibraryImport(UiTasks tasks, Supplier<Optional<ProjectSession>> session, Runnable reload) {
        this.tasks = tasks;
        this.session = session;
        this.reload = reload;
    }

    /** Forgets the last import's report (another project was opened). */
    void clear() {
        lastReport.set(null);
        problems.clear();
        status.set("");
    }

    /** Says something in the status line (a removal, a failed query). */
    void say(String message) {
        status.set(message);
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    ObservableList<Problem> problems() {
        return problems;
    }

    ObjectProperty<ImportRequest> pendingSequenceImportProperty() {
        return pendingSequenceImport;
    }

    /** See {@link LibraryViewModel#startImport}. */
    boolean startImport(ImportRequest request) {
        if (running.get() || session.get().isEmpty()) {
            return false;
        }
        if (SequenceFiles.all(request.sources())) {
            pendingSequenceImport.set(request);
            return true;
        }
        return start("Looking for images...",
                (store, p, c) -> new ImageImporter(store).run(request, p, c));
    }

    void askSequenceImport(ImportRequest request) {
        if (!running.get() && session.get().isPresent()) {
            pendingSequenceImport.set(request);
        }
    }

    boolean startSequenceImport(SequenceImport plan) {
        pendingSequenceImport.set(null);
        return start("Reading files...", plan::run);
    }

    /** The import work, run on a worker thread. */
    private interface ImportWork {
        ImportReport run(ProjectStore store, Progress progress, Cancellation cancellation);
    }

    private boolean start(String firstStatus, ImportWork work) {
        Optional<ProjectSession> open = session.get();
        if (running.get() || open.isEmpty() || !open.get().beginWork()) {
            return false;
        }
        ProjectSession s = open.get();
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        running.set(true);
        progress.set(-1);
        status.set(firstStatus);
        lastReport.set(null);
        problems.clear();
        lastRefresh = System.nanoTime() - REFRESH_DURING_IMPORT_NANOS - 1; // show the first committed images at once
        tasks.submit(() -> work.run(s.store(), tasks.progress(u -> showProgress(s, u)), cancel),
                report -> {
                    s.endWork();
                    finish(report);
                },
                f -> {
                    s.endWork();
                    running.set(false);
                    status.set("Import failed: " + f.message());
                    reload.run();
                });
        return true;
    }

    private void showProgress(ProjectSession s, ProgressThrottle.Update u) {
        if (!running.get() || session.get().orElse(null) != s) {
            return;
        }
        progress.set(u.fraction());
        status.set(statusOf(u));
        if (u.done() > 0 && System.nanoTime() - lastRefresh > REFRESH_DURING_IMPORT_NANOS) {
            lastRefresh = System.nanoTime();
            reload.run();
        }
    }

    /**
     * "Importing 1,200 files: 300 of 1,200 - 296 imported": the count found is said from the first update on (a
     * throttled first message could be dropped), while looking for files only what is being done.
     */
    static String statusOf(ProgressThrottle.Update u) {
        if (u.total() <= 0) {
            return u.message();
        }
        String head = String.format(Locale.ROOT, "Importing %,d %s", u.total(), u.total() == 1 ? "file" : "files");
        return u.done() == 0 ? head + "..."
                : head + String.format(Locale.ROOT, ": %,d of %,d - %s", u.done(), u.total(), u.message());
    }

    private void finish(ImportReport report) {
        running.set(false);
        progress.set(1);
        status.set(report.summary());
        problems.setAll(report.problems());
        lastReport.set(report);
        reload.run();
    }

    void cancel() {
        cancellation.cancel();
        if (running.get()) {
            status.set("Cancelling...");
        }
    }
}
