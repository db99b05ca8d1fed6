package org.whiskerstudio.deploy;

import java.util.Arrays;
import java.util.Locale;
import org.whiskerstudio.dataset.Encoding;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.TextEncoder;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.AnomalyScore;

/** {@code MODEL_CARD.md}: the card for people, with the few lines that load the model in plain Java. */
public final class ModelCardMarkdown {
    private ModelCardMarkdown() {
    }

    public static String render(ModelCard card) {
        StringBuilder md = new StringBuilder();
        Preprocessing p = card.preprocessing();
        md.append("# Model card: ").append(card.name()).append("\n\n");
        md.append("Exported by Whisker Studio ").append(card.provenance().studioVersion()).append(" on ")
                .append(card.created()).append(" (bundle format ").append(card.formatVersion()).append(").\n\n");
        md.append("## Classes\n\n").append(card.classes().size()).append(" classes, in output order:\n\n");
        for (int i = 0; i < card.classes().size(); i++) {
            md.append(i).append(". ").append(card.classes().get(i)).append('\n');
        }
        md.append("\n## Input\n\n");
        md.append("- Shape: ").append(card.input().label()).append(" (layout ").append(card.layout()).append(")\n");
        if (p.encoding() == Encoding.PIXELS) {
            md.append("- Image: ").append(p.width()).append(" x ").append(p.height()).append(" pixels, ")
                    .append(p.channels() == 1 ? "grey (Rec. 601 luma)" : "RGB").append(", resized by ")
                    .append(p.resize().label().toLowerCase(Locale.ROOT)).append('\n');
            md.append("- Values: pixel / 255, then (x - mean[c]) / std[c] with mean ")
                    .append(Arrays.toString(card.normalisation().mean())).append(" and std ")
                    .append(Arrays.toString(card.normalisation().std())).append(", channels first (CHW)\n");
        } else {
            md.append("- ").append(p.encoding().kind() == MediaKind.SERIES
                    ? "Series (a CSV: a header of feature names, one row per step)" : "Text (a UTF-8 file)")
                    .append(": ").append(p.describe()).append('\n');
            if (p.encoding() == Encoding.CHARACTERS) {
                md.append("- Alphabet: lower-cased, accents dropped, whitespace as spaces, `")
                        .append(TextEncoder.ALPHABET.replace("\n", "\\n")).append("` then one symbol for anything else\n");
            } else if (p.encoding() == Encoding.WORDS) {
                md.append("- Words: runs of letters, digits and apostrophes, lower-cased; each is one-hot at FNV-1a-32 of")
                        .append(" its UTF-8 bytes mod ").append(p.channels()).append('\n');
            } else {
                md.append("- Values: (x - mean[f]) / std[f] per feature with mean ")
                        .append(Arrays.toString(card.normalisation().mean())).append(" and std ")
                        .append(Arrays.toString(card.normalisation().std())).append("; padded steps are 0\n");
            }
        }
        card.anomaly().ifPresent(a -> md.append(String.format(Locale.ROOT, "%n## Anomaly score%n%n"
                + "An autoencoder: the score is the %s, and an example scoring above %.6g is an anomaly (%s). "
                + "Normal: %s.%n", scoreSentence(a), a.threshold(), a.thresholdSource(),
                a.normalClass().isEmpty() ? "all the examples it learned from" : "class " + a.normalClass())));
        card.detector().ifPresent(d -> detector(md, d));
        md.append("\n## Test metrics\n\n");
        md.append(card.detector().isPresent() ? "Class accuracy does not apply to boxes; whisker evaluate prints the "
                + "run's mAP.\n" : card.test().map(t -> String.format(Locale.ROOT,
                "Accuracy %.2f%% and mean loss %.4f on %,d test images the model never trained on.%n",
                100 * t.accuracy(), t.loss(), t.examples()))
                .orElse("None: the project had no test part when the bundle was made.\n"));
        card.onnx().ifPresent(o -> md.append("\n## ONNX\n\n").append("`").append(BundleFormat.ONNX)
                .append("` (opset 13) runs in ONNX Runtime and other ONNX runtimes. It takes the raw input: the")
                .append(" normalisation above is inside it. Checked against DL4J at export: ")
                .append(o.parity().summary()).append(".\n\n- ")
                .append(BundleFormat.ONNX).append(" SHA-256: ").append(o.sha256()).append('\n'));
        md.append("\n## Provenance\n\n");
        md.append("- Data: ").append(card.provenance().split()).append('\n');
        if (!card.provenance().start().fresh()) {
            md.append("- Weights: ").append(card.provenance().start().sentence()).append('\n');
        }
        md.append("- Engine: DL4J ").append(card.provenance().dl4jVersion()).append(", ")
                .append(card.provenance().backend()).append('\n');
        md.append("- Java ").append(card.provenance().javaVersion()).append(" on ").append(card.provenance().os())
                .append('\n');
        md.append("- Training settings: see \"training\" in model-card.json; architecture: \"architecture\".\n");
        md.append("- model.zip SHA-256: ").append(card.modelSha256()).append('\n');
        md.append("\n## Loading it in plain Java\n\n").append(PLAIN_JAVA);
        return md.toString();
    }

    /** A detector's section: what its answers are and the numbers they depend on besides the network. */
    private static void detector(StringBuilder md, ModelCard.DetectorEntry d) {
        md.append("\n## Detector\n\n").append(String.format(Locale.ROOT, "A YOLOv2-style detector: each image is "
                + "letterboxed (scaled to fit, centred, padded black) to %d x %d pixels, and a %d x %d grid predicts "
                + "one box per anchor and cell.%n%n", d.inputSize(), d.inputSize(), d.grid(), d.grid()));
        md.append("- Anchors (width x height in grid cells of ").append(d.inputSize() / d.grid()).append(" pixels): ")
                .append(String.join(", ", d.anchors().stream().map(a -> number(a.width()) + " x "
                        + number(a.height())).toList())).append('\n');
        md.append(String.format(Locale.ROOT, "- Kept: boxes scoring at least %.2f (confidence x class probability), "
                + "then per class non-maximum suppression at IoU %.2f%n", d.thresholds().confidence(),
                d.thresholds().nmsIou()));
        md.append("- Boxes are answered as x, y (top left), w, h in the original image's pixels.\n");
    }

    /** "1.75", "1": as the architecture's anchor text writes them. */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The README's snippet; {@code PlainJavaLoadingTest} does exactly this. */
    static final String PLAIN_JAVA = """
            Unzip the bundle; model.zip is a DL4J 1.0.0-M2.1 model. Only load bundles you trust this way
            (Whisker Studio itself checks every entry and never lets DL4J read the bundle's own configuration).

            ```java
            MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(new File("model.zip"), false);
            JsonNode card = new ObjectMapper().readTree(new File("model-card.json"));
            float mean = (float) card.at("/normalisation/mean/0").asDouble();
            float std = (float) card.at("/normalisation/std/0").asDouble();
            // pixels: grey bytes of the image resized to the card's width x height, row by row
            float[] x = new float[pixels.length];
            for (int i = 0; i < x.length; i++) x[i] = ((pixels[i] & 0xFF) / 255f - mean) / std;
            INDArray input = Nd4j.create(x, new long[] {1, 1, height, width}, 'c');   // layout IMAGE: NCHW
            float[] probabilities = net.output(input).toFloatVector();               // order of "classes"
            ```
            """;

    /** What the score is, in words a reader of the card can check. */
    private static String scoreSentence(ModelCard.AnomalyEntry anomaly) {
        return anomaly.normalCodes().map(c -> String.format(Locale.ROOT, "%s: the mean Euclidean distance of the "
                + "example's code (the network's bottleneck activations) to its %d nearest among the %,d codes of %d "
                + "numbers in %s", anomaly.score().label(), AnomalyScore.NEIGHBOURS, c.count(), c.dimensions(),
                BundleFormat.NORMAL_CODES)).orElse("mean squared reconstruction error of the normalised input (a bundle "
                + "made before the code distance)");
    }
}
