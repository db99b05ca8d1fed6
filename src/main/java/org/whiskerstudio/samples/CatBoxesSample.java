package org.whiskerstudio.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.formats.CocoFormat;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectException;
import org.whiskerstudio.project.ProjectStore;

/**
 * The cats sample's photos for detection: every cat boxed by hand in COCO's standard layout
 * ({@code cats/annotations/instances_train.json} and {@code instances_test.json}, read by the studio's own COCO
 * import, so the test part is kept: 6 cats and 3 other photos never trained on), and every photo marked reviewed,
 * so the photos without a cat are the detector's checked negatives rather than images nobody has boxed yet.
 */
final class CatBoxesSample {
    /** The box files, beside the photos in the packaged cats folder but not in its index (the Cats sample has none). */
    static final List<String> BOXES = List.of("annotations/instances_train.json", "annotations/instances_test.json");

    static final SampleProjects.Sample SAMPLE = new SampleProjects.Sample("cats-boxes", "cats", "Cats (boxes)",
            "The cats photos with every cat boxed: a detector to train",
            "The 36 photos of the Cats sample with a box drawn around each of the 25 cats; the 11 photos of other "
                    + "things have no box and are marked reviewed, so a detector learns them as photos without a "
                    + "cat. 9 photos (6 cats) are kept aside as the test set. Try the YOLO-style template. "
                    + "Public domain / CC0.",
            List.of(), CatBoxesSample::build);

    private CatBoxesSample() {
    }

    private static void build(ProjectStore store, Path data, Progress progress, Cancellation cancellation) {
        try {
            for (String file : BOXES) {
                SampleProjects.copyResource("/samples/cats/" + file, data.resolve(file));
            }
        } catch (IOException e) {
            throw new ProjectException("The packaged sample's boxes could not be stored: " + e.getMessage(), e);
        }
        LabelledSamples.importLabels(store, new CocoFormat(), data, progress, cancellation);
        AnnotationStore annotations = new AnnotationStore(store);
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            annotations.setReviewed(image.id(), true);
        }
    }
}
