package org.whiskerstudio.evaluation.dl4j;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.dataset.Subset;
import org.whiskerstudio.detection.DetectionData;
import org.whiskerstudio.detection.DetectionDataReader;
import org.whiskerstudio.detection.DetectionExample;
import org.whiskerstudio.detection.DetectionResults;
import org.whiskerstudio.detection.DetectionSettings;
import org.whiskerstudio.detection.DetectorOutput;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.DetectorFiles;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.dl4j.DetectorModel;

/**
 * A detector run's model over the project's test part (the validation part when there is no test part): every box
 * down to {@link DetectionSettings#EVALUATION_CONFIDENCE} after the run's NMS, as mAP asks, each box both as its best
 * class (what the studio offers) and as every class it scores for (mAP's candidates), kept in the run's folder
 * ({@link DetectorFiles#writeEvaluation}) for the Evaluate screen's figures and galleries.
 */
public final class DetectorEvaluator {
    /** Images per forward pass. */
    static final int BATCH = 16;

    private DetectorEvaluator() {
    }

    /**
     * Evaluates and stores the results; empty when cancelled.
     *
     * @param settings the thresholds to keep with the run (its NMS IoU is the one evaluated with)
     */
    public static Optional<DetectionResults> evaluate(ProjectStore store, long runId, DetectionSettings settings,
                                                      Progress progress, Cancellation cancellation)
            throws IOException {
        OpenedRun run = new RunStore(store).open(runId);
        progress.update(0, -1, "Loading the model...");
        DetectorModel model = DetectorModel.ofRun(store, runId).with(settings);
        int size = model.model().preprocessing().width();
        int channels = model.model().preprocessing().channels();
        DetectionData data;
        try {
            data = new DetectionDataReader(store).read(size, channels, EnumSet.of(Subset.VALIDATION, Subset.TEST),
                    progress, cancellation);
        } catch (CancellationException e) {
            return Optional.empty();
        }
        if (!data.classes().equals(model.classes())) {
            throw new IOException("The project's box classes (" + String.join(", ", data.classes()) + ") are not the "
                    + "run's (" + String.join(", ", model.classes()) + "): label the same classes, or train again.");
        }
        boolean test = !data.test().isEmpty();
        List<DetectionExample> examples = test ? data.test() : data.validation();
        String what = (test ? "the test part" : "the validation part (the project has no test part)") + ", "
                + examples.size() + " image" + (examples.size() == 1 ? "" : "s");
        Optional<List<DetectorOutput.Answer>> found = detect(model, examples, progress, cancellation);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DetectionResults results = new DetectionResults(what, model.classes(), settings,
                outcomes(store, examples, found.get()));
        DetectorFiles files = new DetectorFiles(run.folder());
        files.writeSettings(settings);
        files.writeEvaluation(results, results.report());
        return Optional.of(results);
    }

    /** Every image's boxes (as offered and as mAP's candidates), in batches; empty when cancelled. */
    static Optional<List<DetectorOutput.Answer>> detect(DetectorModel model, List<DetectionExample> examples,
                                                        Progress progress, Cancellation cancellation) {
        List<DetectorOutput.Answer> all = new ArrayList<>();
        for (int from = 0; from < examples.size(); from += BATCH) {
            if (cancellation.isCancelled()) {
                return Optional.empty();
            }
            progress.update(from, examples.size(), "Finding boxes");
            List<DetectionExample> batch = examples.subList(from, Math.min(examples.size(), from + BATCH));
            all.addAll(model.evaluate(batch, model.settings().evaluationNms()));
        }
        progress.update(examples.size(), examples.size(), "Boxes found on every image; scoring them");
        return Optional.of(all);
    }

    private static List<DetectionResults.ImageOutcome> outcomes(ProjectStore store, List<DetectionExample> examples,
                                                                List<DetectorOutput.Answer> found) {
        Map<Long, ImageAsset> images = new HashMap<>();
        store.images(ImageQuery.ALL).forEach(i -> images.put(i.id(), i));
        List<DetectionResults.ImageOutcome> out = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            DetectionExample e = examples.get(i);
            String name = Optional.ofNullable(images.get(e.imageId())).map(ImageAsset::fileName).orElse("");
            out.add(new DetectionResults.ImageOutcome(e.imageId(), name, e.letterbox().imageWidth(),
                    e.letterbox().imageHeight(), e.truths(), found.get(i).detections(), found.get(i).candidates()));
        }
        return out;
    }
}
