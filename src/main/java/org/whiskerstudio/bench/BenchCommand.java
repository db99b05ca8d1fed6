package org.whiskerstudio.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.Hashes;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.NewImage;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportReport;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.terminal.TerminalProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code whisker bench ...}: benchmarks that print figures (performance targets are checked here, not in tests). */
@Command(name = "bench", description = "Benchmarks that print figures.",
        subcommands = {BenchCommand.ImportBench.class, BenchCommand.OpenBench.class, GridBench.class, LabelBench.class, FormatBench.class, PhotoMaker.class, FashionBench.class, LstmBench.class, GanBench.class, PipelineBench.class, PredictBench.class, ServeBench.class, DetectBench.class, SpeedBench.class, SuggestBench.class, MapBench.class, AnomalyBench.class, TransferBench.class, ActiveBench.class, CharLmBench.class, OnnxBench.class, RlBench.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return String.format("%.0f MB (max heap %d MB)", peak / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000);
    }

    static Path scratch(Optional<Path> given, String prefix) throws IOException {
        return given.isPresent() ? given.get() : Files.createTempDirectory(prefix);
    }

    /** {@code whisker bench import DIR}: import speed (read + hash + decode + thumbnail + commit). */
    @Command(name = "import", description = "Import DIR into a fresh project and print images/second and peak heap.")
    static final class ImportBench implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "a folder of images")
        private Path dir;

        @Option(names = "--threads", description = "decoding threads (default: all cores)")
        private int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--project", description = "where to make the scratch project (default: a temp folder)")
        private Path project;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path folder = scratch(Optional.ofNullable(project), "whisker-bench-import").resolve("project");
            try (ProjectStore store = ProjectStore.create(folder, "bench")) {
                ImportReport report = new ImageImporter(store, threads)
                        .run(ImportRequest.of(List.of(dir)), new TerminalProgress(out, false), new Cancellation());
                double seconds = report.elapsed().toNanos() / 1e9;
                out.printf("import bench: %d files, %s%n", report.candidates(), report.summary());
                out.printf("  threads            %d (of %d cores)%n", threads, Runtime.getRuntime().availableProcessors());
                out.printf("  elapsed            %.2f s%n", seconds);
                out.printf("  images/second      %.0f%n", report.imported() / seconds);
                out.printf("  peak heap          %s%n", peakHeap());
                out.printf("  project            %s%n", folder);
            }
            return 0;
        }
    }

    /** {@code whisker bench open}: time to open a large project and list its images. */
    @Command(name = "open", description = "Time opening a project and listing all its images "
            + "(a synthetic project of --images rows unless PROJECT is given).")
    static final class OpenBench implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "an existing project")
        private Path project;

        @Option(names = "--images", description = "rows in the synthetic project (default: ${DEFAULT-VALUE})")
        private int images = 20_000;

        @Option(names = "--repeat", description = "timed repetitions (default: ${DEFAULT-VALUE})")
        private int repeat = 7;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path folder = project != null ? project : makeSynthetic(out);
            List<Double> millis = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            int listed = 0;
            for (int i = 0; i < repeat; i++) {
                long t0 = System.nanoTime();
                try (ProjectStore store = ProjectStore.open(folder)) {
                    long t1 = System.nanoTime();
                    listed = store.images(ImageQuery.ALL).size();
                    long t2 = System.nanoTime();
                    store.summary();
                    long t3 = System.nanoTime();
                    parts.add(String.format("open %.0f + list %.0f + counts %.0f ms", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                            (t3 - t2) / 1e6));
                }
                millis.add((System.nanoTime() - t0) / 1e6);
            }
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            out.printf("open bench: %s, %d images%n", folder, listed);
            out.printf("  open + list + counts: first %.0f ms (%s), median %.0f ms, max %.0f ms over %d runs%n",
                    millis.get(0), parts.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), repeat);
            out.printf("  peak heap          %s%n", peakHeap());
            return 0;
        }

        private Path makeSynthetic(PrintWriter out) throws IOException {
            Path folder = Files.createTempDirectory("whisker-bench-open").resolve("project");
            try (ProjectStore store = ProjectStore.create(folder, "bench-open")) {
                List<NewImage> batch = new ArrayList<>();
                for (int i = 0; i < images; i++) {
                    String hash = Hashes.sha256Hex(Integer.toString(i).getBytes(StandardCharsets.UTF_8));
                    Optional<String> label = i % 5 == 0 ? Optional.empty() : Optional.of("class-" + i % 10);
                    batch.add(new NewImage(hash, "photo " + i + ".jpg", "images/" + hash.substring(0, 2) + "/" + hash + ".jpg",
                            "/synthetic/photo " + i + ".jpg", 640, 480, "jpg", 60_000, label));
                    if (batch.size() == 1000) {
                        store.addImages(batch);
                        batch.clear();
                    }
                }
                store.addImages(batch);
            }
            out.printf("made a synthetic project of %d images (rows only) in %s%n", images, folder);
            return folder;
        }
    }

}
