package org.whiskerstudio.labelling.formats;

import java.util.List;
import org.whiskerstudio.common.Problem;

/**
 * The outcome of importing a labelled dataset.
 *
 * @param images      images the dataset names that are now in the project (new or already there)
 * @param newImages   of those, images that were not in the project before
 * @param annotations labels added (tags, boxes, polygons); labels the project already had are not added again
 * @param problems    images that could not be imported (missing, corrupt), each with the reason; their labels
 *                    were left out
 */
public record LabelImportReport(int images, int newImages, int annotations, int duplicatesSkipped, List<Problem> problems) {
    public LabelImportReport {
        problems = List.copyOf(problems);
    }

    public String summary() {
        return annotations + " labels on " + images + " images imported (" + newImages + " new images"
                + (duplicatesSkipped > 0 ? ", " + duplicatesSkipped + " labels already there" : "") + "), "
                + problems.size() + " problem" + (problems.size() == 1 ? "" : "s");
    }
}
