package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.whiskerstudio.architecture.AutoencoderTemplates;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.bench.dl4j.OneClassAutoencoder;
import org.whiskerstudio.evaluation.AnomalyScores;
import org.whiskerstudio.training.AnomalyScore;
import org.whiskerstudio.labelling.formats.FormatException;
import org.whiskerstudio.labelling.formats.IdxFormat;
import org.whiskerstudio.training.TrainingControl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whisker bench anomaly}: the one-class protocol of the anomaly-detection papers on Fashion-MNIST. For each
 * class, an autoencoder template learns that class's training images only and scores all 10,000 test images by
 * the studio's anomaly score (the code distance) and, as the baseline, the reconstruction error; AUROC of each with
 * that class as normal (every other class an anomaly).
 */
@Command(name = "anomaly", description = {"One-class anomaly detection on Fashion-MNIST: for each class, train the "
        + "autoencoder template on that class's training images only, score all test images with the studio's own "
        + "scorer by their code's mean distance to the 5 nearest codes of the normal training images (the studio's "
        + "anomaly score) and by reconstruction error (the baseline; a VAE's negative log-probability), and print the "
        + "AUROC of each with that class as normal, the means over classes and the time per class.",
        "Published reference for the same protocol (Golan & El-Yaniv 2018, Table 1): about 0.91 for a convolutional "
                + "autoencoder's features with a one-class SVM. Target: mean AUROC 0.90, at most 5 min per class."})
final class AnomalyBench implements Callable<Integer> {
    static final double TARGET_AUROC = 0.90;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "folder of the IDX files (default: ${DEFAULT-VALUE})")
    private Path data = Path.of("/usr/share/datasets/fashion-mnist");

    @Option(names = "--classes", split = ",", description = "normal classes to run, 0-9 (default: all ten)")
    private List<Integer> classes = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    @Option(names = "--template", description = "conv or dense (default: ${DEFAULT-VALUE})")
    private String template = "conv";

    @Option(names = "--vae", description = "the variational autoencoder template (vae; code "
            + AutoencoderTemplates.VARIATIONAL_CODE + ", learned on its negative ELBO) instead of --template")
    private boolean vae;

    @Option(names = "--epochs", description = "default: ${DEFAULT-VALUE}")
    private int epochs = 10;

    @Option(names = "--batch", description = "default: ${DEFAULT-VALUE}")
    private int batch = 64;

    @Option(names = "--lr", description = "Adam learning rate, default: ${DEFAULT-VALUE}")
    private double learningRate = 1e-3;

    @Option(names = "--noise", description = "denoising: Gaussian noise on training inputs (default: ${DEFAULT-VALUE})")
    private double noise = 0;

    @Option(names = "--train-images", description = "use at most N training images of the class (default: all)")
    private int trainImages = Integer.MAX_VALUE;

    @Option(names = "--seed", description = "default: ${DEFAULT-VALUE}")
    private long seed = 42;

    @Override
    public Integer call() throws IOException, FormatException {
        // The scores are the studio's own (evaluation.dl4j.AnomalyScorer on the trained model loaded as a run's).
        PrintWriter out = spec.commandLine().getOut();
        IdxFormat.Images train = SpeedBench.read(data, "train");
        IdxFormat.Images test = SpeedBench.read(data, "t10k");
        TensorShape.Image shape = new TensorShape.Image(train.rows(), train.cols(), 1);
        String name = vae ? "vae" : template;
        LayerGraph graph = switch (name) {
            case "conv" -> AutoencoderTemplates.conv(shape);
            case "dense" -> AutoencoderTemplates.dense(shape);
            case "vae" -> AutoencoderTemplates.variational(shape);
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--template is conv or dense");
        };
        OneClassAutoencoder.Options options = new OneClassAutoencoder.Options(epochs, batch, learningRate, noise,
                seed);
        out.printf("anomaly bench: %s, %s autoencoder (code %d), %d epochs, batch %d, Adam %.0e, pixels 0-1, "
                        + "noise %.2f; %,d test images%n", data, name, vae ? AutoencoderTemplates.VARIATIONAL_CODE
                        : AutoencoderTemplates.IMAGE_CODE, epochs,
                batch, learningRate, noise, test.count());
        out.printf("%-6s %8s %12s %12s %10s%n", "normal", "train", "AUROC recon", "AUROC code", "seconds");
        out.flush();
        List<byte[]> testImages = images(test, i -> true, Integer.MAX_VALUE);
        List<Double> aurocs = new ArrayList<>();
        List<Double> codeAurocs = new ArrayList<>();
        double totalSeconds = 0;
        for (int normal : classes) {
            long t0 = System.nanoTime();
            List<byte[]> trainImages = images(train, i -> label(train, i) == normal, this.trainImages);
            OneClassAutoencoder.Scores scores = OneClassAutoencoder.trainAndScore(graph, trainImages, testImages,
                    train.rows(), train.cols(), options, new TrainingControl()).orElseThrow();
            boolean[] anomaly = new boolean[test.count()];
            for (int i = 0; i < anomaly.length; i++) {
                anomaly[i] = label(test, i) != normal;
            }
            double auroc = new AnomalyScores(scores.reconstruction(), anomaly).curves().orElseThrow().auc();
            double codeAuroc = new AnomalyScores(scores.codeDistance(), anomaly).curves().orElseThrow().auc();
            double seconds = (System.nanoTime() - t0) / 1e9;
            totalSeconds += seconds;
            aurocs.add(auroc);
            codeAurocs.add(codeAuroc);
            out.printf("%-6d %8d %12.4f %12.4f %10.1f%n", normal, trainImages.size(), auroc, codeAuroc, seconds);
            out.flush();
        }
        out.printf("mean AUROC: reconstruction error %.4f, code distance (%d nearest normal codes) %.4f over %d "
                        + "classes (target %.2f; Golan & El-Yaniv 2018: ~0.91 conv-AE + OC-SVM); %.1f s per class "
                        + "(target <= 300)%n", mean(aurocs), AnomalyScore.NEIGHBOURS, mean(codeAurocs),
                aurocs.size(), TARGET_AUROC, totalSeconds / aurocs.size());
        return 0;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static int label(IdxFormat.Images images, int index) {
        return images.labels()[index] & 0xFF;
    }

    /** The images {@code take} accepts (at most {@code max}) as the studio's records: grey uint8 pixels. */
    private static List<byte[]> images(IdxFormat.Images images, java.util.function.IntPredicate take, int max) {
        int size = images.rows() * images.cols();
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < images.count() && out.size() < max; i++) {
            if (take.test(i)) {
                out.add(java.util.Arrays.copyOfRange(images.pixels(), i * size, (i + 1) * size));
            }
        }
        return out;
    }
}
