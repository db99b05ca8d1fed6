package org.whiskerstudio.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {
    @Test
    void directExecutorHandsResultToSuccessOnTheCallingThread() {
        List<String> events = new ArrayList<>();
        Thread caller = Thread.currentThread();

        TaskExecutor.direct().submit(() -> {
            assertSame(caller, Thread.currentThread());
            return "done";
        }, events::add, e -> events.add("failure " + e));

        assertEquals(List.of("done"), events);
    }

    @Test
    void directExecutorHandsExceptionToFailureOnly() {
        List<String> events = new ArrayList<>();

        TaskExecutor.direct().<String>submit(() -> {
            throw new IllegalStateException("broken file");
        }, r -> events.add("success " + r), e -> events.add("failure " + e.getMessage()));

        assertEquals(List.of("failure broken file"), events);
    }

    @Test
    void pooledExecutorWorksOffTheCallerAndReportsThroughTheUiDispatcher() throws InterruptedException {
        AtomicReference<Thread> workThread = new AtomicReference<>();
        AtomicReference<String> dispatched = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);
        List<Runnable> uiQueue = new CopyOnWriteArrayList<>();
        Executor ui = command -> {
            uiQueue.add(command);
            command.run();
        };

        try (PooledTaskExecutor executor = new PooledTaskExecutor(1, ui)) {
            executor.submit(() -> {
                workThread.set(Thread.currentThread());
                return 42;
            }, result -> {
                dispatched.set("result " + result);
                delivered.countDown();
            }, e -> delivered.countDown());

            assertTrue(delivered.await(5, TimeUnit.SECONDS));
        }

        assertEquals("result 42", dispatched.get());
        assertNotSame(Thread.currentThread(), workThread.get());
        assertTrue(workThread.get().isDaemon(), "pool threads must not keep the app alive");
        assertEquals(1, uiQueue.size(), "the result goes through the UI dispatcher");
    }

    @Test
    void pooledExecutorReportsFailureThroughTheUiDispatcher() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);

        try (PooledTaskExecutor executor = new PooledTaskExecutor(1, Runnable::run)) {
            executor.<String>submit(() -> {
                throw new IOException("cannot read");
            }, r -> delivered.countDown(), e -> {
                failure.set(e);
                delivered.countDown();
            });

            assertTrue(delivered.await(5, TimeUnit.SECONDS));
        }

        assertEquals("cannot read", failure.get().getMessage());
    }
}
