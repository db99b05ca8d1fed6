package org.whiskerstudio.ui.library;

import java.util.Optional;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;

/** One entry of the library's filter list: all, unlabelled, or a class, with its image count. */
public record FilterChoice(String title, ImageQuery.LabelFilter filter, int count, Optional<LabelClass> labelClass) {
    @Override
    public String toString() {
        return title + " (" + count + ")";
    }

    /** Same filter, ignoring the count (counts change after every import). */
    public boolean sameFilter(FilterChoice other) {
        return other != null && filter.equals(other.filter);
    }
}
