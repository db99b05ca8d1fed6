package org.whiskerstudio.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.whiskerstudio.common.Cancellation;
import org.whiskerstudio.common.PooledTaskExecutor;
import org.whiskerstudio.common.Progress;
import org.whiskerstudio.labelling.Annotation;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.Shape;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.imports.ImageImporter;
import org.whiskerstudio.project.imports.ImportRequest;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.Theme;
import org.whiskerstudio.ui.labelling.LabelView;
import org.whiskerstudio.ui.labelling.LabelViewModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code whisker bench label}: the Label screen in a real window on 12-megapixel photos: how long after "next"
 * the next photo is on screen (with neighbours prefetched while the user looks at the current one), and how long
 * the canvas takes to redraw and zoom an image carrying 1,000 boxes. Needs a display (Xvfb will do).
 */
@Command(name = "label", description = "Time the Label screen: next-image latency on 12 MP photos, 1,000-box redraws.")
final class LabelBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, description = "a folder of real photos (e.g. sample-projects/cats)")
    private Path from;

    @Option(names = "--images", description = "photos to step through (default: ${DEFAULT-VALUE})")
    private int count = 12;

    @Option(names = "--dwell-ms", description = "time spent on each photo before pressing next (default: ${DEFAULT-VALUE})")
    private int dwellMs = 1000;

    @Option(names = "--boxes", description = "boxes on the first photo (default: ${DEFAULT-VALUE})")
    private int boxes = 1000;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("whisker-bench-label");
        Path photos = makePhotos(work.resolve("photos"));
        ProjectStore store = ProjectStore.create(work.resolve("project"), "label-bench");
        new ImageImporter(store).run(ImportRequest.of(List.of(photos)), Progress.NONE, new Cancellation());
        long first = store.images(ImageQuery.ALL).get(0).id();
        long cls = store.ensureLabelClass("box").id();
        Random random = new Random(1);
        List<Annotation> many = new ArrayList<>();
        for (int i = 0; i < boxes; i++) {
            double x = random.nextDouble() * 3800;
            double y = random.nextDouble() * 2800;
            many.add(new Annotation(0, first, cls, new Shape.Box(x, y, x + 20 + random.nextDouble() * 180,
                    y + 20 + random.nextDouble() * 180), Set.of()));
        }
        new AnnotationStore(store).apply(List.of(), many);
        ProjectSession session = new ProjectSession(store);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        LabelViewModel model = new LabelViewModel(new PooledTaskExecutor(1, Platform::runLater),
                Notifier.SILENT);
        AtomicReference<Scene> sceneRef = new AtomicReference<>();
        runAndWait(() -> {
            model.projectOpened(Optional.of(session));
            LabelView view = new LabelView(model);
            Scene scene = new Scene((Parent) view.node(), 1400, 900);
            Theme.apply(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            sceneRef.set(scene);
        });
        Thread.sleep(1500);
        out.printf("label bench: %d photos of 4000x3000 (12 MP), %d boxes on the first%n", count, boxes);
        measureRedraws(out, sceneRef.get());
        measureNext(out, model, sceneRef.get());
        runAndWait(() -> sceneRef.get().getWindow().hide());
        Platform.exit();
        session.close();
        return 0;
    }

    private Path makePhotos(Path dir) throws Exception {
        Files.createDirectories(dir);
        List<BufferedImage> sources = PhotoMaker.readPhotos(from.resolve("not-cat"), 1, 1);
        for (int i = 0; i < count; i++) {
            BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = big.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(sources.get(i % sources.size()), 0, 0, 4000, 3000, null);
            g.dispose();
            ImageIO.write(big, "jpg", dir.resolve(String.format("big-%02d.jpg", i)).toFile());
        }
        return dir;
    }

    /** Redraw of the 1,000-box image as during a drag, and zoom steps (each redraws everything). */
    private void measureRedraws(PrintWriter out, Scene scene) throws Exception {
        Node canvas = scene.lookup("#label-canvas");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double factor = i % 2 == 0 ? 1.1 : 1 / 1.1;
            AtomicLong nanos = new AtomicLong();
            runAndWait(() -> {
                long t = System.nanoTime();
                canvas.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 300, 300, 300, 300,
                        false, false, false, false, false, false, 0, factor > 1 ? 64 : -64, 0, 0,
                        ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
                nanos.set(System.nanoTime() - t);
            });
            times.add(nanos.get() / 1e6);
        }
        out.printf("  zoom step with %d boxes (redraw on the FX thread): %s%n", boxes, stats(times));
    }

    /** Presses next after a dwell and times until the new photo is decoded and shown. */
    private void measureNext(PrintWriter out, LabelViewModel model, Scene scene) throws Exception {
        List<Double> latencies = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            Thread.sleep(dwellMs);
            long t0 = System.nanoTime();
            runAndWait(model::next);
            while (true) {
                AtomicReference<Boolean> ready = new AtomicReference<>(false);
                runAndWait(() -> {
                    ImageView view = (ImageView) scene.lookup("#label-canvas").lookup(".image-view");
                    ready.set(view != null && view.getImage() != null && view.getImage().getProgress() >= 1.0);
                });
                if (ready.get()) {
                    break;
                }
                Thread.sleep(2);
            }
            latencies.add((System.nanoTime() - t0) / 1e6);
        }
        out.printf("  next photo on screen after a %d ms dwell: %s%n", dwellMs, stats(latencies));
        out.printf("  peak heap          %s%n", BenchCommand.peakHeap());
    }

    private static String stats(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return String.format("median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)", sorted.get(n / 2),
                sorted.get(Math.min(n - 1, (int) (n * 0.9))), sorted.get(n - 1), n);
    }

    private static void runAndWait(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
