package org.whiskerstudio.project.imports;

import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.project.ProjectStore;

/** A chosen import of sequence data: what to read and how, ready to run in the background. */
public sealed interface SequenceImport {
    ImportReport run(ProjectStore store, Progress progress, Cancellation cancellation);

    record OfSeries(ImportRequest request, SeriesOptions options) implements SequenceImport {
        @Override
        public ImportReport run(ProjectStore store, Progress progress, Cancellation cancellation) {
            return new SeriesImporter(store).run(request, options, progress, cancellation);
        }
    }

    record OfText(ImportRequest request, TextOptions options) implements SequenceImport {
        @Override
        public ImportReport run(ProjectStore store, Progress progress, Cancellation cancellation) {
            return new TextImporter(store).run(request, options, progress, cancellation);
        }
    }
}
