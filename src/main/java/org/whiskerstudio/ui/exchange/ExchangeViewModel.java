package org.whiskerstudio.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.labelling.formats.AnnotationFormat;
import org.whiskerstudio.labelling.formats.DatasetExporter;
import org.whiskerstudio.labelling.formats.ExportReport;
import org.whiskerstudio.labelling.formats.DatasetImporter;
import org.whiskerstudio.labelling.formats.LabelImportReport;
import org.whiskerstudio.labelling.formats.LabelledDataset;
import org.whiskerstudio.labelling.formats.SplitSpec;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProgressThrottle;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.common.UiTasks;

/** Runs exports and labelled imports in the background and reports how they went. */
public final class ExchangeViewModel implements ProjectScoped<ProjectSession> {
    private final UiTasks tasks;
    private Optional<ProjectSession> session = Optional.empty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private Cancellation cancellation = new Cancellation();
    private Runnable afterImport = () -> { };

    /** @param notifier hears how each export and import went; failures with the file and reason */
    public ExchangeViewModel(TaskExecutor executor, Notifier notifier) {
        this.tasks = new UiTasks(executor, notifier);
    }

    @Override
    public void projectOpened(Optional<ProjectSession> next) {
        cancellation.cancel();
        session = next;
    }

    /** What to refresh once labels came in (the Data and Label screens). */
    public void setAfterImport(Runnable action) {
        afterImport = action;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public boolean export(AnnotationFormat format, Path out, Optional<SplitSpec> split) {
        Optional<ProjectSession> s = session.filter(ProjectSession::beginWork);
        if (s.isEmpty() || running.get()) {
            s.ifPresent(ProjectSession::endWork);
            return false;
        }
        running.set(true);
        progress.set("Exporting as " + format.id() + " to " + out + "...");
        tasks.submit(() -> new DatasetExporter(s.get().store()).export(format, out, split), (ExportReport report) -> {
            finish(s.get());
            LabelledDataset written = report.written();
            String leftOut = report.leftOutText(20);
            tasks.notifier().fileWritten("Export finished", written.images().size() + " images with " + report.labels()
                    + " labels in " + written.classes().size() + " classes were written as " + format.description()
                    + " to " + out.toAbsolutePath() + "." + (leftOut.isEmpty() ? "" : "\n\n" + leftOut), out);
        }, f -> {
            finish(s.get());
            tasks.notifier().error("Export failed", "Nothing was left half-written in " + out + ".\n\n" + f.message());
        });
        return true;
    }

    public boolean importLabels(AnnotationFormat format, Path source) {
        Optional<ProjectSession> s = session.filter(ProjectSession::beginWork);
        if (s.isEmpty() || running.get()) {
            s.ifPresent(ProjectSession::endWork);
            return false;
        }
        running.set(true);
        cancellation = new Cancellation();
        Cancellation c = cancellation;
        progress.set("Importing " + format.id() + " labels from " + source + "...");
        tasks.submit(() -> new DatasetImporter(s.get().store()).importLabels(format, source,
                tasks.progress(u -> showProgress(c, u)), c),
                (LabelImportReport report) -> {
                    finish(s.get());
                    afterImport.run();
                    StringBuilder text = new StringBuilder(report.summary());
                    report.problems().stream().limit(20).forEach(p -> text.append("\n").append(p));
                    if (report.problems().size() > 20) {
                        text.append("\n... and ").append(report.problems().size() - 20).append(" more");
                    }
                    tasks.notifier().info("Labels imported", text.toString());
                }, f -> {
                    finish(s.get());
                    tasks.notifier().error("Import refused", f.message() + "\n\nNothing from this dataset was imported.");
                });
        return true;
    }

    private void showProgress(Cancellation mine, ProgressThrottle.Update u) {
        // A report that comes after the import ended (or from a cancelled one) must not stick in the status line.
        if (running.get() && cancellation == mine) {
            progress.set(u.message() + (u.total() > 0 ? " (" + u.done() + " of " + u.total() + ")" : ""));
        }
    }

    public void cancel() {
        cancellation.cancel();
    }

    private void finish(ProjectSession s) {
        s.endWork();
        running.set(false);
        progress.set("");
    }
}
