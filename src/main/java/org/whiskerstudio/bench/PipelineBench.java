package org.whiskerstudio.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.Templates;
import org.whiskerstudio.architecture.TensorShape;
import org.whiskerstudio.bench.dl4j.PipelineBenchmark;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.dataset.Augmentation;
import org.whiskerstudio.dataset.Batching;
import org.whiskerstudio.dataset.ResizeMode;
import org.whiskerstudio.dataset.dl4j.PreparedData;
import org.whiskerstudio.dataset.dl4j.TrainingDataFactory;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.terminal.TerminalProgress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker bench pipeline PROJECT}: training speed of a template network fed from the project's data pipeline
 * (tensor cache warm, second epoch) against the same batches held in memory; the target is 90% or more.
 */
@Command(name = "pipeline", description = "Train a template for N batches from the project's pipeline and from memory; "
        + "print examples/s of each and their ratio.")
final class PipelineBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a project with labelled images")
    private Path project;

    @Option(names = "--arch", description = "template: lenet or mlp (default: ${DEFAULT-VALUE})")
    private String arch = "lenet";

    @Option(names = "--batches", description = "timed batches each way (default: ${DEFAULT-VALUE})")
    private int batches = 40;

    @Option(names = "--batch-size", description = "examples per batch (default: ${DEFAULT-VALUE})")
    private int batchSize = 64;

    @Option(names = "--size", description = "input side in pixels (default: ${DEFAULT-VALUE})")
    private int size = 28;

    @Option(names = "--channels", description = "1 (grey) or 3 (RGB) (default: ${DEFAULT-VALUE})")
    private int channels = 1;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TensorShape.Image input = new TensorShape.Image(size, size, channels);
        Batching batching = new Batching(ResizeMode.STRETCH, batchSize, 42, Augmentation.none());
        try (ProjectStore store = ProjectStore.open(project)) {
            long t0 = System.nanoTime();
            PreparedData prepared = TrainingDataFactory.prepare(store, input, batching, new TerminalProgress(out, false),
                    new Cancellation());
            if (!(prepared instanceof PreparedData.Ready ready)) {
                out.println("pipeline bench: the project cannot be trained on: " + prepared);
                return 1;
            }
            out.printf("pipeline bench: %s, %d classes, %d training examples; prepared in %.1f s (%d decoded, %d cached, "
                            + "%d unreadable)%n", project, ready.data().classes().size(), ready.data().trainExamples(),
                    (System.nanoTime() - t0) / 1e9, ready.cache().decoded(), ready.cache().reused(),
                    ready.imageProblems().size());
            ready.warnings().forEach(w -> out.println("  warning: " + w));
            int classes = ready.data().classes().size();
            LayerGraph graph = arch.equals("mlp") ? Templates.mlp(input, classes) : Templates.lenet(input, classes);
            PipelineBenchmark.Result result = PipelineBenchmark.run(ready.data(), graph, 42, batches, 5);
            out.printf("  %-9s batch %d, %d examples each way%n", arch, batchSize, result.examples());
            out.printf("  pipeline           %.0f examples/s (%.2f s)%n", result.pipelinePerSecond(), result.pipelineSeconds());
            out.printf("  in memory          %.0f examples/s (%.2f s)%n", result.memoryPerSecond(), result.memorySeconds());
            out.printf("  pipeline / memory  %.1f%% (target 90%% or more)%n", 100 * result.ratio());
            out.printf("  peak heap          %s%n", BenchCommand.peakHeap());
        }
        return 0;
    }
}
