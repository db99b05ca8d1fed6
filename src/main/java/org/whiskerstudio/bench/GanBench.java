package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.dataset.DataProfiler;
import org.whiskerstudio.dataset.dl4j.GanDataFactory;
import org.whiskerstudio.dataset.dl4j.PreparedData;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.terminal.TerminalProgress;
import org.whiskerstudio.training.GanImages;
import org.whiskerstudio.training.GanListener;
import org.whiskerstudio.training.GanStep;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingRun;
import org.whiskerstudio.training.dl4j.GanTrainer;
import org.whiskerstudio.training.dl4j.Generator;
import org.whiskerstudio.training.dl4j.TrainedModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker bench gan PROJECT --class Sneaker}: trains the DCGAN template on one class of a project, makes
 * images from fresh noise and asks a classifier trained on the real data (a run of the project) what they are:
 * the share it calls the class with confidence above the threshold says whether the generator makes recognisable
 * items.
 */
@Command(name = "gan", description = "Train a DCGAN on one class, then check with a trained classifier that its "
        + "images are recognised as that class.")
final class GanBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a labelled project (e.g. made by bench fashion)")
    private Path project;

    @Option(names = "--class", required = true, description = "the class to learn, e.g. Sneaker")
    private String className;

    @Option(names = "--classifier-run", description = "the run whose model judges the images (default: the newest "
            + "completed run of the project)")
    private Long classifierRun;

    @Option(names = "--epochs", description = "default: ${DEFAULT-VALUE}")
    private int epochs = 3;

    @Option(names = "--batch", description = "default: ${DEFAULT-VALUE}")
    private int batch = 64;

    @Option(names = "--lr", description = "Adam learning rate (beta1 0.5), default: ${DEFAULT-VALUE}")
    private double learningRate = 2e-4;

    @Option(names = "--samples", description = "images to judge, default: ${DEFAULT-VALUE}")
    private int samples = 1000;

    @Option(names = "--threshold", description = "confidence the classifier must give the class, default: ${DEFAULT-VALUE}")
    private double threshold = 0.5;

    @Option(names = "--seed", description = "default: ${DEFAULT-VALUE}")
    private long seed = 42;

    @Option(names = "--out", description = "folder for generator.zip and samples.png (default: a temp folder)")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        Path folder = out != null ? Files.createDirectories(out) : Files.createTempDirectory("whisker-bench-gan");
        try (ProjectStore store = ProjectStore.open(project)) {
            long judgeRun = classifierRun != null ? classifierRun : newestCompleted(store);
            TrainedModel judge = TrainedModel.ofRun(store, judgeRun);
            int classIndex = judge.classes().indexOf(className);
            if (classIndex < 0) {
                throw new IllegalArgumentException("run " + judgeRun + " does not know class \"" + className + "\"; it knows "
                        + judge.classes());
            }
            TensorShape.Image image = DataProfiler.imageInput(store);
            Architecture gan = Templates.dcgan(image, 100);
            PreparedData prepared = GanDataFactory.prepare(store, image, Optional.of(className), batch, seed,
                    new TerminalProgress(w), new Cancellation());
            if (!(prepared instanceof PreparedData.Ready ready)) {
                throw new IllegalArgumentException(prepared instanceof PreparedData.Refused r ? String.join(" ", r.errors())
                        : "cancelled");
            }
            w.printf("%nGAN on %,d training images of %s (%s), %d epochs, batch %d, Adam %.0e%n",
                    ready.data().trainExamples(), className, image.label(), epochs, batch, learningRate);
            long t0 = System.nanoTime();
            GanTrainer.Outcome outcome = GanTrainer.run(new GanTrainer.Job(gan, ready.data(), epochs, learningRate, seed,
                    64, 200, folder, new TrainingControl(), progress(w)));
            double seconds = (System.nanoTime() - t0) / 1e9;
            w.printf("%s: %s (%.0f s, %.1f steps/s)%n", outcome.status().label(), outcome.message(), seconds,
                    outcome.iterations() / seconds);
            Generator generator = Generator.load(folder.resolve(GanTrainer.GENERATOR), gan);
            List<byte[]> made = generator.generate(samples, seed + 1);
            writeGrid(made.subList(0, Math.min(64, made.size())), image, folder.resolve("samples.png"));
            float[][] p = judge.predictPixels(made);
            int recognised = 0;
            double confidence = 0;
            for (float[] row : p) {
                recognised += row[classIndex] > threshold ? 1 : 0;
                confidence += row[classIndex];
            }
            w.printf("gan bench: %,d generated images judged by run %d (%s)%n", samples, judgeRun, judge.architecture().name());
            w.printf("  called %-10s with p > %.2f   %.1f%% (target 80%%)%n", className, threshold, 100.0 * recognised / samples);
            w.printf("  mean p(%s)           %.3f%n", className, confidence / samples);
            w.printf("  samples              %s%n", folder.resolve("samples.png"));
            w.printf("  generator            %s%n", folder.resolve(GanTrainer.GENERATOR));
            return outcome.status() == RunStatus.COMPLETED ? 0 : 3;
        }
    }

    private static long newestCompleted(ProjectStore store) {
        return new RunStore(store).list().stream().filter(r -> r.status() == RunStatus.COMPLETED
                || r.status() == RunStatus.EARLY_STOPPED).map(TrainingRun::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the project has no completed run to judge with; "
                        + "train a classifier first (whisker train PROJECT --template lenet)"));
    }

    private static GanListener progress(PrintWriter w) {
        return new GanListener() {
            @Override
            public void onStep(GanStep step) {
                if (step.iteration() % 50 == 0) {
                    w.printf("  epoch %d step %,d  D loss %.3f  G loss %.3f%n", step.epoch(), step.iteration(),
                            step.discriminatorLoss(), step.generatorLoss());
                    w.flush();
                }
            }

            @Override
            public void onWarning(String warning) {
                w.println("  warning: " + warning);
            }
        };
    }

    /** An 8-wide grid of grey or RGB images for a person to look at. */
    static void writeGrid(List<byte[]> images, TensorShape.Image image, Path file) throws IOException {
        ImageIO.write(GanImages.grid(images, image.width(), image.height(), image.channels(), 8), "png", file.toFile());
    }
}
