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
 * The cats sample's photos for detection: every cat boxed by hand ({@code cats/cat-boxes.json}, COCO, read by the
 * studio's own COCO import), and every photo marked reviewed, so the photos without a cat are the detector's
 * checked negatives rather than images nobody has boxed yet.
 */
final class CatBoxesSample {
    static final String BOXES = "cat-boxes.json";

    static final SampleProjects.Sample SAMPLE = new SampleProjects.Sample("cats-boxes", "cats", "Cats (boxes)",
            "The cats photos with every cat boxed: a detector to train",
            "The 36 photos of the Cats sample with a box drawn around each of the 25 cats; the 11 photos of other "
                    + "things have no box and are marked reviewed, so a detector learns them as photos without a "
                    + "cat. Try the yolo template. Public domain / CC0.",
            List.of(), CatBoxesSample::build);

    private CatBoxesSample() {
    }

    private static void build(ProjectStore store, Path data, Progress progress, Cancellation cancellation) {
        Path boxes = data.resolve(BOXES);
        try {
            SampleProjects.copyResource("/samples/cats/" + BOXES, boxes);
        } catch (IOException e) {
            throw new ProjectException("The packaged sample's boxes could not be stored: " + e.getMessage(), e);
        }
        LabelledSamples.importLabels(store, new CocoFormat(), boxes, progress, cancellation);
        AnnotationStore annotations = new AnnotationStore(store);
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            annotations.setReviewed(image.id(), true);
        }
    }
}
