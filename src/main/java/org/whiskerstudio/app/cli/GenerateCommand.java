package org.whiskerstudio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.terminal.TerminalProgress;
import org.whiskerstudio.training.GanImages;
import org.whiskerstudio.training.GeneratedImages;
import org.whiskerstudio.training.GenerationService;
import org.whiskerstudio.training.GenerationService.Generated;
import org.whiskerstudio.training.dl4j.Dl4jGenerationService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whisker generate PROJECT --run ID --count N [--seed S] [--out DIR] [--add [--class NAME]]}: images from a GAN
 * run's generator, written as PNG files and/or added to the project as synthetic images (train only).
 */
@Command(name = "generate", description = "Make images with a GAN run's generator; write them as PNG files (--out) "
        + "and/or add them to the project as synthetic images of a class (--add).")
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Option(names = "--run", required = true, description = "the GAN run whose generator makes the images")
    private long runId;

    @Option(names = "--count", required = true, description = "how many images, 1 to 1,000")
    private int count;

    @Option(names = "--seed", description = "the noise's seed: the same seed makes the same images (default: ${DEFAULT-VALUE})")
    private long seed = 1;

    @Option(names = "--out", description = "a folder to write the images to as PNG files")
    private Path out;

    @Option(names = "--add", description = "add the images to the project, marked synthetic (they only ever train)")
    private boolean add;

    @Option(names = "--class", description = "the class the added images get (default: the class the GAN learned)")
    private String className;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (out == null && !add) {
            throw new IllegalArgumentException("say where the images go: --out DIR, --add, or both");
        }
        if (className != null && !add) {
            throw new IllegalArgumentException("--class names the class of added images; use it with --add");
        }
        try (ProjectStore store = ProjectStore.open(project)) {
            GenerationService service = new Dl4jGenerationService(store);
            Generated made = service.generate(runId, count, seed, new TerminalProgress(w), new Cancellation());
            w.printf("Made %d images of %dx%d with run %d, seed %d%n", made.images().size(), made.width(), made.height(),
                    runId, seed);
            if (out != null) {
                write(made, out);
                w.println("Wrote them to " + out.toAbsolutePath());
            }
            if (add) {
                String target = className != null ? className : service.learnedClass(runId).orElseThrow(() ->
                        new IllegalArgumentException("run " + runId + " learned all labelled images, so its images have "
                                + "no class of their own: name one with --class"));
                Optional<GeneratedImages.Added> added = service.add(made, target, new TerminalProgress(w),
                        new Cancellation());
                GeneratedImages.Added a = added.orElseThrow();
                w.printf("Added %d synthetic images of %s to %s (train only)%s%n", a.added(), target,
                        store.layout().root(), a.alreadyThere() == 0 ? "" : "; " + a.alreadyThere() + " were already there");
            }
            w.flush();
        }
        return 0;
    }

    /** run7-seed1-0001.png and on; a file already there is replaced whole (written beside, then moved). */
    private static void write(Generated made, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < made.images().size(); i++) {
            byte[] png = GanImages.png(GanImages.image(made.images().get(i), made.width(), made.height(), made.channels()));
            AtomicFiles.write(folder.resolve(String.format("run%d-seed%d-%04d.png", made.runId(), made.seed(), i + 1)), png);
        }
    }
}
