package org.whiskerstudio.project;

import java.util.List;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * Counts for a project at a glance (the CLI's {@code info}, the library's side panel).
 *
 * @param images every example, whatever its kind
 * @param kind   what most examples are (an image in an empty project), so screens can name them
 */
public record ProjectSummary(String name, int schemaVersion, int images, int unlabelled, List<ClassCount> classes,
                             MediaKind kind) {
    public ProjectSummary {
        classes = List.copyOf(classes);
    }
}
