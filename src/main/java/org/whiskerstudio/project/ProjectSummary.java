package org.whiskerstudio.project;

import java.util.List;

/** Counts for a project at a glance (the CLI's {@code info}, the library's side panel). */
public record ProjectSummary(String name, int schemaVersion, int images, int unlabelled, List<ClassCount> classes) {
    public ProjectSummary {
        classes = List.copyOf(classes);
    }
}
