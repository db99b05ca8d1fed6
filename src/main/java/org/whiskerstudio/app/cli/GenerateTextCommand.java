package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.TextGeneration;
import org.whiskerstudio.training.dl4j.TextGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whisker generate-text PROJECT --run ID}: text written by a run's next-character model. */
@Command(name = "generate-text", description = "Write text with a trained character model (the charlstm template): "
        + "it continues the primer one character at a time.")
final class GenerateTextCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Option(names = "--run", paramLabel = "ID", required = true, description = "a run of a character model")
    private long runId;

    @Option(names = "--primer", description = "the text to continue (default: \"${DEFAULT-VALUE}\")")
    private String primer = "The ";

    @Option(names = "--length", description = "characters to write, 1 to 5,000 (default: ${DEFAULT-VALUE})")
    private int length = 500;

    @Option(names = "--temperature", description = "0.1 (careful, repetitive) to 2 (wild) (default: ${DEFAULT-VALUE})")
    private double temperature = 0.8;

    @Option(names = "--seed", description = "the same seed writes the same text (default: ${DEFAULT-VALUE})")
    private long seed = 1;

    @Override
    public Integer call() throws IOException {
        // Checked before the model loads, so a typo is answered at once.
        TextGeneration request = new TextGeneration(primer, length, temperature, seed);
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            out.println(TextGenerator.ofRun(store, runId).generate(request));
            out.flush();
            return 0;
        }
    }
}
