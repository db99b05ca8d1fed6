package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.bench.dl4j.OnnxBenchmark;
import org.whiskerstudio.labelling.formats.FormatException;
import org.whiskerstudio.labelling.formats.IdxFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code whisker bench onnx}: export time, parity and one-example latency, DL4J vs ONNX Runtime. */
@Command(name = "onnx", description = "Train LeNet, the small VGG and an LSTM on rows briefly on Fashion-MNIST and the "
        + "LSTM template on the sensor sample's series, export them and the DCGAN generator to ONNX, and print export "
        + "time, parity over the test examples and one-example latency median/p99 in DL4J and ONNX Runtime.")
final class OnnxBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "folder of the IDX files (default: ${DEFAULT-VALUE})")
    private Path data = Path.of("/usr/share/datasets/fashion-mnist");

    @Option(names = "--train-steps", description = "training batches per classifier (default: ${DEFAULT-VALUE})")
    private int trainSteps = 60;

    @Option(names = "--batch", description = "default: ${DEFAULT-VALUE}")
    private int batch = 64;

    @Option(names = "--examples", description = "test examples in the parity check (default: ${DEFAULT-VALUE})")
    private int examples = 1000;

    @Option(names = "--latency-iters", description = "one-example predictions timed (default: ${DEFAULT-VALUE})")
    private int latencyIterations = 300;

    @Option(names = "--scratch", description = "where to write the models (default: a temp folder)")
    private Path scratch;

    @Override
    public Integer call() throws IOException, FormatException {
        PrintWriter out = spec.commandLine().getOut();
        IdxFormat.Images train = SpeedBench.read(data, "train");
        IdxFormat.Images test = SpeedBench.read(data, "t10k");
        Path folder = BenchCommand.scratch(Optional.ofNullable(scratch), "whisker-bench-onnx");
        out.printf("onnx bench: %s; classifiers trained %d batches of %d (the sensor LSTM as many in whole epochs of "
                + "the sample's training windows); parity over up to %,d test examples; %d one-example predictions "
                + "timed%n", data, trainSteps, batch, examples, latencyIterations);
        out.flush();
        List<OnnxBenchmark.Row> rows = OnnxBenchmark.run(new OnnxBenchmark.Data(train.pixels(), train.labels(),
                test.pixels(), test.labels()), new OnnxBenchmark.Options(trainSteps, batch, examples,
                latencyIterations, 42), folder);
        out.printf("| net | export + check (s) | parity | DL4J median / p99 (ms) | ORT median / p99 (ms) |%n");
        out.printf("|---|---:|---|---:|---:|%n");
        for (OnnxBenchmark.Row r : rows) {
            String parity = r.parity().map(p -> p.agreed() + "/" + p.examples() + " top class, max difference "
                    + OnnxParity.scientific(p.maxDifference()) + (p.passed() ? "" : " FAILED"))
                    .orElse("outputs only, max difference " + OnnxParity.scientific(r.maxDifference()));
            out.printf("| %s | %.2f | %s | %.2f / %.2f | %.2f / %.2f |%n", r.net(), r.exportSeconds(), parity,
                    r.dl4jMillis().medianMs(), r.dl4jMillis().p99Ms(), r.ortMillis().medianMs(), r.ortMillis().p99Ms());
        }
        out.printf("peak heap %s%n", BenchCommand.peakHeap());
        return 0;
    }
}
