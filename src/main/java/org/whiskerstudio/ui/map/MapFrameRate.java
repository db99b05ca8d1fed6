package org.whiskerstudio.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/**
 * How fluid the map is, measured in a real window: the map canvas with many points in ten clusters, panned every
 * frame and zoomed in and out, while the frames JavaFX delivers are timed. JavaFX starts the next frame only when the
 * last one is drawn, so the intervals between frames are what a person dragging the map sees.
 */
public final class MapFrameRate {
    /** What a measurement saw: frames and their intervals after a second of warm-up. */
    public record Result(int points, int frames, double seconds, double medianMillis, double p95Millis,
                         double worstMillis) {
        public double framesPerSecond() {
            return frames / seconds;
        }
    }

    private MapFrameRate() {
    }

    /** Opens a window, pans and zooms for {@code seconds} (plus a second of warm-up), closes it. Not on the FX thread. */
    public static Result measure(int points, double seconds, long seed) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        CompletableFuture<Result> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                start(points, seconds, seed, result);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the map could not be shown: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void start(int points, double seconds, long seed, CompletableFuture<Result> result) {
        MapCanvas map = new MapCanvas(new MapPalette());
        Stage stage = new Stage();
        stage.setTitle("Map frame rate");
        stage.setScene(new Scene(map.node(), 1280, 720));
        stage.show();
        float[] xs = new float[points];
        float[] ys = new float[points];
        Random random = new Random(seed);
        for (int i = 0; i < points; i++) {
            int cluster = i % 10;
            xs[i] = (float) (cluster % 5 * 4 + random.nextGaussian());
            ys[i] = (float) (cluster / 5 * 4 + random.nextGaussian());
        }
        map.setPoints(xs, ys);
        new Driver(map, stage, points, seconds, result).start();
    }

    /** Pans a few pixels every frame, zooms every 15th frame, and notes when each frame came. */
    private static final class Driver extends AnimationTimer {
        private static final long WARM_UP = 1_000_000_000L;
        private final MapCanvas map;
        private final Stage stage;
        private final int points;
        private final long duration;
        private final CompletableFuture<Result> result;
        private final List<Long> times = new ArrayList<>();
        private long first = -1;
        private int frame;

        Driver(MapCanvas map, Stage stage, int points, double seconds, CompletableFuture<Result> result) {
            this.map = map;
            this.stage = stage;
            this.points = points;
            this.duration = (long) (seconds * 1e9);
            this.result = result;
        }

        @Override
        public void handle(long now) {
            if (first < 0) {
                first = now;
                Event.fireEvent(map.node(), mouse(MouseEvent.MOUSE_PRESSED, 640, 360));
            }
            frame++;
            double x = 640 + 200 * Math.sin(frame / 20.0);
            double y = 360 + 120 * Math.cos(frame / 27.0);
            Event.fireEvent(map.node(), mouse(MouseEvent.MOUSE_DRAGGED, x, y));
            if (frame % 15 == 0) {
                Event.fireEvent(map.node(), scroll(x, y, frame % 30 == 0 ? 120 : -110));
            }
            if (now - first >= WARM_UP) {
                times.add(now);
            }
            if (now - first >= WARM_UP + duration) {
                stop();
                Event.fireEvent(map.node(), mouse(MouseEvent.MOUSE_RELEASED, x, y));
                stage.close();
                result.complete(summary());
            }
        }

        private Result summary() {
            double[] intervals = new double[Math.max(0, times.size() - 1)];
            for (int i = 1; i < times.size(); i++) {
                intervals[i - 1] = (times.get(i) - times.get(i - 1)) / 1e6;
            }
            Arrays.sort(intervals);
            double seconds = (times.get(times.size() - 1) - times.get(0)) / 1e9;
            return new Result(points, intervals.length, seconds, at(intervals, 0.5), at(intervals, 0.95),
                    intervals.length == 0 ? 0 : intervals[intervals.length - 1]);
        }

        private static double at(double[] sorted, double quantile) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))];
        }

        /** A secondary-button event: the map pans with it. */
        private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
            return new MouseEvent(type, x, y, x, y, MouseButton.SECONDARY, 1, false, false, false, false, false,
                    false, true, false, false, false, null);
        }

        private static ScrollEvent scroll(double x, double y, double deltaY) {
            return new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false, 0, deltaY,
                    0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE,
                    0, 0, null);
        }
    }
}
