package org.whiskerstudio.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.dataset.ResizeMode;

/** Concurrent requests share forward passes; a lone one never waits for a batch; failures reach every caller. */
class MicroBatcherTest {
    /** A model whose answer for a record is its first byte, whose passes can be held, and that records batch sizes. */
    private static final class HeldModel implements RecordModel {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch firstPassStarted = new CountDownLatch(1);
        final List<Integer> batchSizes = new ArrayList<>();
        volatile boolean hold = true;
        volatile boolean fail;

        @Override
        public List<String> classes() {
            return List.of("a", "b");
        }

        @Override
        public Preprocessing preprocessing() {
            return new Preprocessing(1, 1, 1, ResizeMode.STRETCH);
        }

        @Override
        public float[][] probabilities(List<byte[]> records) {
            synchronized (batchSizes) {
                batchSizes.add(records.size());
            }
            firstPassStarted.countDown();
            if (hold) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (fail) {
                throw new IllegalArgumentException("the engine broke");
            }
            return records.stream().map(r -> new float[] {r[0], 100 - r[0]}).toArray(float[][]::new);
        }
    }

    private static float[] ask(MicroBatcher batcher, int value) throws InterruptedException {
        batcher.decodingStarted();
        return batcher.probabilities(new byte[] {(byte) value});
    }

    @Test
    void aLoneRequestIsAnsweredWithoutWaitingForTheWindow() throws Exception {
        HeldModel model = new HeldModel();
        model.hold = false;
        try (MicroBatcher batcher = new MicroBatcher(model, 64, TimeUnit.SECONDS.toMicros(30))) {
            float[] answer = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ask(batcher, 7));

            assertArrayEquals(new float[] {7, 93}, answer);
            assertEquals(1, batcher.passes());
        }
    }

    @Test
    void requestsArrivingDuringAPassShareTheNextOneAndEachGetsItsOwnAnswer() throws Exception {
        HeldModel model = new HeldModel();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try (MicroBatcher batcher = new MicroBatcher(model, 64, 0)) {
            Future<float[]> first = clients.submit(() -> ask(batcher, 1));
            assertTrue(model.firstPassStarted.await(5, TimeUnit.SECONDS));
            List<Future<float[]>> others = new ArrayList<>();
            for (int v = 2; v <= 6; v++) {
                int value = v;
                others.add(clients.submit(() -> ask(batcher, value)));
            }
            // All five are queued behind the held pass before it is let go.
            Thread.sleep(300);
            model.hold = false;
            model.release.countDown();

            assertArrayEquals(new float[] {1, 99}, first.get(5, TimeUnit.SECONDS));
            for (int i = 0; i < others.size(); i++) {
                assertArrayEquals(new float[] {i + 2, 98 - i}, others.get(i).get(5, TimeUnit.SECONDS));
            }
            assertEquals(List.of(1, 5), model.batchSizes, "one pass for the first, one shared by the five behind it");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aFailedPassFailsItsRequestsAndTheNextPassStillRuns() throws Exception {
        HeldModel model = new HeldModel();
        model.hold = false;
        model.fail = true;
        try (MicroBatcher batcher = new MicroBatcher(model, 64, 0)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ask(batcher, 3));
            assertTrue(e.getMessage().contains("the engine broke"), e.getMessage());

            model.fail = false;
            assertArrayEquals(new float[] {4, 96}, ask(batcher, 4));
        }
    }

    @Test
    void aBatchNeverExceedsItsLimit() throws Exception {
        HeldModel model = new HeldModel();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try (MicroBatcher batcher = new MicroBatcher(model, 3, 0)) {
            List<Future<float[]>> answers = new ArrayList<>();
            answers.add(clients.submit(() -> ask(batcher, 0)));
            assertTrue(model.firstPassStarted.await(5, TimeUnit.SECONDS));
            for (int v = 1; v <= 7; v++) {
                int value = v;
                answers.add(clients.submit(() -> ask(batcher, value)));
            }
            Thread.sleep(300);
            model.hold = false;
            model.release.countDown();
            for (Future<float[]> answer : answers) {
                answer.get(5, TimeUnit.SECONDS);
            }
            assertTrue(model.batchSizes.stream().allMatch(n -> n <= 3), model.batchSizes.toString());
            assertEquals(8, model.batchSizes.stream().mapToInt(Integer::intValue).sum());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aRequestAfterCloseIsRefusedNotLeftWaiting() {
        HeldModel model = new HeldModel();
        MicroBatcher batcher = new MicroBatcher(model, 64, 0);
        batcher.close();

        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IllegalStateException.class, () -> ask(batcher, 1)));
    }
}
