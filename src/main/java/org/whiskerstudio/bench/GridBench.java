package org.whiskerstudio.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.whiskerstudio.common.PooledTaskExecutor;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.ui.common.Theme;
import org.whiskerstudio.ui.library.LibraryView;
import org.whiskerstudio.ui.library.LibraryViewModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code whisker bench grid PROJECT}: opens the Data screen of a project in a real window and scrolls the
 * thumbnail grid from top to bottom at a steady speed, timing every frame. Needs a display (Xvfb will do).
 */
@Command(name = "grid", description = "Scroll a project's thumbnail grid in a real window and print frame times.")
final class GridBench implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a project folder")
    private Path project;

    @Option(names = "--pixels-per-frame", description = "scroll speed (default: ${DEFAULT-VALUE})")
    private double pixelsPerFrame = 400;

    @Option(names = "--max-seconds", description = "stop scrolling after this long (default: ${DEFAULT-VALUE})")
    private int maxSeconds = 60;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        PooledTaskExecutor executor = new PooledTaskExecutor(2, Platform::runLater);
        LibraryViewModel model = new LibraryViewModel(executor);
        long[] opening = {0};
        ProjectSession[] sessionHolder = new ProjectSession[1];
        List<Double> frames = Collections.synchronizedList(new ArrayList<>());
        double[] shownAfterMs = {-1};
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch shown = new CountDownLatch(1);
        Stage[] stageHolder = new Stage[1];
        LibraryView[] viewHolder = new LibraryView[1];
        // As in the studio, the window is already up when a project is opened: show it empty first.
        Platform.runLater(() -> {
            Stage stage = new Stage();
            viewHolder[0] = new LibraryView(model, executor);
            Scene scene = new Scene((Parent) viewHolder[0].node(), 1280, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            stageHolder[0] = stage;
            shown.countDown();
        });
        shown.await();
        Thread.sleep(1000);
        Platform.runLater(() -> {
            Stage stage = stageHolder[0];
            Scene scene = stage.getScene();
            opening[0] = System.nanoTime();
            ProjectSession session = new ProjectSession(ProjectStore.open(project));
            sessionHolder[0] = session;
            model.projectOpened(Optional.of(session));
            viewHolder[0].activate();
            new AnimationTimer() {
                private long last;
                private long scrollStart;

                @Override
                public void handle(long now) {
                    if (shownAfterMs[0] < 0) {
                        if (!model.images().isEmpty()) {
                            shownAfterMs[0] = (System.nanoTime() - opening[0]) / 1e6;
                        }
                        return;
                    }
                    // The grid's own flow: the filter list beside it has one too.
                    VirtualFlow<?> flow = (VirtualFlow<?>) scene.lookup("#library-grid").lookup(".virtual-flow");
                    if (flow == null) {
                        return;
                    }
                    if (last != 0) {
                        frames.add((now - last) / 1e6);
                    } else {
                        scrollStart = now;
                    }
                    last = now;
                    flow.scrollPixels(pixelsPerFrame);
                    boolean atEnd = flow.getLastVisibleCell() != null
                            && flow.getLastVisibleCell().getIndex() >= flow.getCellCount() - 1;
                    if (atEnd || now - scrollStart > maxSeconds * 1_000_000_000L) {
                        stop();
                        stage.close();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(maxSeconds + 60L, TimeUnit.SECONDS)) {
            out.println("grid bench: timed out");
        }
        List<Double> sorted = new ArrayList<>(frames);
        Collections.sort(sorted);
        int n = sorted.size();
        long slow = sorted.stream().filter(f -> f > 50).count();
        out.printf("grid bench: %s, %d images%n", project, model.images().size());
        out.printf("  in a window already shown: project opened and grid filled in %.0f ms%n", shownAfterMs[0]);
        if (n > 0) {
            out.printf("  scrolled %d frames at %.0f px/frame: frame time median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
                            + " %d frames over 50 ms%n", n, pixelsPerFrame, sorted.get(n / 2), sorted.get((int) (n * 0.95)),
                    sorted.get((int) (n * 0.99)), sorted.get(n - 1), slow);
        }
        out.printf("  peak heap          %s%n", BenchCommand.peakHeap());
        Platform.exit();
        if (sessionHolder[0] != null) {
            sessionHolder[0].close();
        }
        executor.close();
        return 0;
    }
}
