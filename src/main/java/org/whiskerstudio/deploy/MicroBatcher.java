package org.whiskerstudio.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One forward pass for the requests that arrive together: {@code whisker serve}'s request threads decode their uploads
 * in parallel and hand the records here; one thread runs the model on whatever has queued (up to {@link #maxBatch}),
 * so a burst of clients shares passes instead of taking turns. It waits for more only while other requests are still
 * being decoded, and then at most {@code window}: a lone client never waits for a batch that is not coming.
 */
public final class MicroBatcher implements AutoCloseable {
    /** The default wait for requests still being decoded: about a tenth of one small model's pass. */
    public static final long DEFAULT_WINDOW_MICROS = 500;
    /** A request gives up after this long rather than hold its thread forever if the worker is gone. */
    private static final long ANSWER_SECONDS = 60;

    private record Pending(byte[] record, CompletableFuture<float[]> answer) {
    }

    private final RecordModel model;
    private final int maxBatch;
    private final long windowNanos;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger decoding = new AtomicInteger();
    private final AtomicInteger passes = new AtomicInteger();
    private final Thread worker;
    private volatile boolean closed;

    public MicroBatcher(RecordModel model, int maxBatch, long windowMicros) {
        if (maxBatch < 1 || windowMicros < 0) {
            throw new IllegalArgumentException("a batch holds at least 1 record and the window is not negative");
        }
        this.model = model;
        this.maxBatch = maxBatch;
        this.windowNanos = TimeUnit.MICROSECONDS.toNanos(windowMicros);
        worker = new Thread(this::work, "whisker-serve-batcher");
        worker.setDaemon(true);
        worker.start();
    }

    /** Says a request is decoding its upload, so a pass about to start may wait a moment for its record. */
    public void decodingStarted() {
        decoding.incrementAndGet();
    }

    /** A decode that ended without a record (unreadable upload). */
    public void decodingFailed() {
        decoding.decrementAndGet();
    }

    /**
     * The model's probabilities for one decoded record, computed in a shared pass; call after {@link #decodingStarted}.
     *
     * @throws IllegalStateException when the batcher is closed or the pass failed
     */
    public float[] probabilities(byte[] record) throws InterruptedException {
        CompletableFuture<float[]> answer = new CompletableFuture<>();
        if (closed) {
            decoding.decrementAndGet();
            throw new IllegalStateException("the server is shutting down");
        }
        // Counted out before it is queued: a pass that takes it must not wait the window for it.
        decoding.decrementAndGet();
        queue.add(new Pending(record, answer));
        if (closed) {
            failQueued(); // the worker may have drained the queue before this record came
        }
        try {
            return answer.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the prediction failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the model did not answer within " + ANSWER_SECONDS + " s", e);
        }
    }

    /** Forward passes run so far (each serving one or more requests). */
    public int passes() {
        return passes.get();
    }

    private void work() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (!closed) {
            try {
                batch.add(queue.take());
                gather(batch);
                run(batch);
            } catch (InterruptedException e) {
                break;
            } finally {
                batch.clear();
            }
        }
        failQueued();
    }

    /** What has queued, and while others are still decoding, what arrives within the window. */
    private void gather(List<Pending> batch) throws InterruptedException {
        queue.drainTo(batch, maxBatch - batch.size());
        long deadline = System.nanoTime() + windowNanos;
        while (batch.size() < maxBatch && decoding.get() > 0) {
            long left = deadline - System.nanoTime();
            Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, maxBatch - batch.size());
        }
    }

    private void run(List<Pending> batch) {
        try {
            float[][] rows = model.probabilities(batch.stream().map(Pending::record).toList());
            passes.incrementAndGet();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer().complete(rows[i]);
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.answer().completeExceptionally(e));
        }
    }

    private void failQueued() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.answer().completeExceptionally(new IllegalStateException("the server shut down")));
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
    }
}
