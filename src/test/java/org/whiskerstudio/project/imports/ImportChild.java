package org.whiskerstudio.project.imports;

import java.nio.file.Path;
import java.util.List;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.project.ProjectStore;

/**
 * Run in a child JVM by {@link ImportKillTest}: imports one folder into an existing project on one worker thread,
 * printing each committed progress step, so the test can kill it mid-import.
 * Arguments: project folder, source folder.
 */
public final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) {
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]))) {
            ImportReport report = new ImageImporter(store, 1).run(ImportRequest.of(List.of(Path.of(args[1]))),
                    (done, total, message) -> System.out.println("progress " + done + "/" + total + " " + message),
                    Cancellation.none());
            System.out.println("finished " + report.summary());
        }
    }
}
