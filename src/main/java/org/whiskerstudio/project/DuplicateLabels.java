package org.whiskerstudio.project;

import java.util.ArrayList;
import java.util.List;

/**
 * What a folder-per-class import did with the class of images it skipped as already in the project: an image
 * without any label takes its folder's class (marked imported from folders); one labelled otherwise is left as it
 * is, and the user is told so rather than left to guess.
 *
 * @param labelled  images without a label that now carry their folder's class
 * @param same      images that already had their folder's class
 * @param different images labelled with another class, left as they are
 */
public record DuplicateLabels(int labelled, int same, int different) {
    /** Nothing to report: not a folder-per-class import, or no duplicates. */
    public static final DuplicateLabels NONE = new DuplicateLabels(0, 0, 0);

    /** " (2 already in the project, labelled from their folder; 1 already labelled differently, left as it is)". */
    public String explanation() {
        List<String> parts = new ArrayList<>();
        if (labelled > 0) {
            parts.add(labelled + " already in the project, labelled from their folder");
        }
        if (different > 0) {
            parts.add(different + " already labelled differently, left as " + (different == 1 ? "it is" : "they are"));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }
}
