package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.whiskerstudio.deploy.OnnxParity;
import org.whiskerstudio.deploy.dl4j.onnx.OnnxExport;
import org.whiskerstudio.terminal.TerminalProgress;
import org.whiskerstudio.project.ProjectStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whisker export-onnx PROJECT --run N --out FILE} or {@code whisker export-onnx BUNDLE --out FILE}. */
@Command(name = "export-onnx", description = "Export a run's best model or a bundle's model as ONNX (opset 13), kept "
        + "only if ONNX Runtime agrees with DL4J on up to 200 examples (the project's test part; random inputs for a "
        + "bundle). The model takes raw examples: normalisation is inside it. A GAN run exports its generator, checked on 200 "
        + "seeded noise vectors.")
final class ExportOnnxCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT|BUNDLE", description = "a project folder (with --run) or a bundle")
    private Path source;

    @Option(names = "--run", description = "the run of a project (see whisker train PROJECT --list)")
    private Long run;

    @Option(names = "--out", description = "the ONNX file to write (default: ${DEFAULT-VALUE})")
    private Path out = Path.of("model.onnx");

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        TerminalProgress progress = new TerminalProgress(w);
        long t0 = System.nanoTime();
        OnnxParity parity;
        if (Files.isDirectory(source)) {
            if (run == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "a project needs --run N");
            }
            try (ProjectStore store = ProjectStore.openReadOnly(source)) {
                parity = OnnxExport.ofRun(store, run, out, progress);
            }
        } else {
            if (run != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--run is for a project, not a bundle");
            }
            parity = OnnxExport.ofBundle(source, out, progress);
        }
        progress.finish();
        w.printf("onnx: %s (%,d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
        w.printf("%s (%s)%n", parity.line(), parity.examplesFrom());
        return 0;
    }
}
