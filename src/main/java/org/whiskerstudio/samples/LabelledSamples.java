package org.whiskerstudio.samples;

import java.io.IOException;
import java.nio.file.Path;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.formats.AnnotationFormat;
import org.whiskerstudio.labelling.formats.DatasetImporter;
import org.whiskerstudio.labelling.formats.FormatException;
import org.whiskerstudio.labelling.formats.LabelImportReport;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectStore;

/** Samples that arrive as a labelled dataset go through the studio's own import, whole or not at all. */
final class LabelledSamples {
    private LabelledSamples() {
    }

    static LabelImportReport importLabels(ProjectStore store, AnnotationFormat format, Path source, Progress progress,
                                          Cancellation cancellation) {
        LabelImportReport report;
        try {
            report = new DatasetImporter(store).importLabels(format, source, progress, cancellation);
        } catch (FormatException | IOException e) {
            throw new ProjectException("The packaged sample is damaged: " + e.getMessage(), e);
        }
        if (cancellation.isCancelled()) {
            throw new ProjectException("Opening the sample was cancelled.");
        }
        if (!report.problems().isEmpty()) {
            throw new ProjectException("The packaged sample is damaged: " + report.problems().get(0));
        }
        return report;
    }
}
