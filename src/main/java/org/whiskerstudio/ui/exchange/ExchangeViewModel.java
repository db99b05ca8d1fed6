package org.whiskerstudio.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.labelling.formats.AnnotationFormat;
import org.whiskerstudio.labelling.formats.DatasetExporter;
import org.whiskerstudio.labelling.formats.DatasetImporter;
import org.whiskerstudio.labelling.formats.LabelImportReport;
import org.whiskerstudio.labelling.formats.LabelledDataset;
import org.whiskerstudio.labelling.formats.SplitSpec;
import org.whiskerstudio.project.ProjectSession;

/** Runs exports and labelled imports in the background and reports how they went. */
public final class ExchangeViewModel {
    private final TaskExecutor executor;
    private Optional<ProjectSession> session = Optional.empty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private Cancellation cancellation = new Cancellation();
    private BiConsumer<String, String> resultSink = (t, m) -> { };
    private Runnable afterImport = () -> { };

    public ExchangeViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    public void setSession(Optional<ProjectSession> next) {
        cancellation.cancel();
        session = next;
    }

    /** Where results go: (title, message); failures too, with the file and reason. */
    public void setResultSink(BiConsumer<String, String> sink) {
        resultSink = sink;
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
        executor.submit(() -> new DatasetExporter(s.get().store()).export(format, out, split), (LabelledDataset written) -> {
            finish(s.get());
            long labels = written.images().stream().mapToLong(i -> i.tags().size() + i.shapes().size()).sum();
            resultSink.accept("Export finished", written.images().size() + " images with " + labels + " labels in "
                    + written.classes().size() + " classes were written as " + format.description() + " to " + out + ".");
        }, e -> {
            finish(s.get());
            resultSink.accept("Export failed", "Nothing was left half-written in " + out + ".\n\n" + e.getMessage());
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
        executor.submit(() -> new DatasetImporter(s.get().store()).importLabels(format, source,
                (done, total, message) -> executor.onUiThread(() -> progress.set(message
                        + (total > 0 ? " (" + done + " of " + total + ")" : ""))), c),
                (LabelImportReport report) -> {
                    finish(s.get());
                    afterImport.run();
                    StringBuilder text = new StringBuilder(report.summary());
                    report.problems().stream().limit(20).forEach(p -> text.append("\n").append(p));
                    if (report.problems().size() > 20) {
                        text.append("\n... and ").append(report.problems().size() - 20).append(" more");
                    }
                    resultSink.accept("Labels imported", text.toString());
                }, e -> {
                    finish(s.get());
                    resultSink.accept("Import refused", e.getMessage() + "\n\nNothing from this dataset was imported.");
                });
        return true;
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
