package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.whiskerstudio.common.DiskFullException;
import org.whiskerstudio.training.RunStatus;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;

/**
 * One session of a run on its own daemon thread: the strategy of the run's stored kind trains it, then the row gets
 * its final status (stopped, failed or the strategy's outcome) and whoever waits on the session the final row,
 * whatever happened on the way.
 */
final class RunThread {
    private final RunStore runs;
    private final RunStrategies strategies;

    RunThread(RunStore runs, RunStrategies strategies) {
        this.runs = runs;
        this.strategies = strategies;
    }

    /**
     * Starts the job on a thread named {@code name}.
     *
     * @param ended   runs once the row is final, before the listener hears the status (the service is idle again)
     * @param endWork runs last, when the thread is done
     */
    void start(String name, RunJob job, CompletableFuture<TrainingRun> done, Runnable ended, Runnable endWork) {
        Thread thread = new Thread(() -> {
            try {
                finish(job, train(job), done, ended);
            } finally {
                endWork.run();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * How the session ended: the strategy's outcome, or a stop while preparing, or why it failed; {@code resumable}
     * when the failure left the run able to go on (a full disk: the last complete checkpoint is still there).
     */
    private record End(Optional<TrainingOutcome> outcome, String failure, boolean resumable) {
        End(Optional<TrainingOutcome> outcome, String failure) {
            this(outcome, failure, false);
        }
    }

    private End train(RunJob job) {
        try {
            return new End(strategies.of(job.run().kind()).train(job), "");
        } catch (CancellationException e) {
            return new End(Optional.empty(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new End(Optional.empty(), "The training thread was interrupted.");
        } catch (RuntimeException | IOException | OutOfMemoryError e) {
            Optional<String> diskFull = DiskFullException.explain(e);
            if (diskFull.isPresent()) {
                // Checkpoints are written whole or not at all, so the run can go on once there is space again.
                return new End(Optional.empty(), diskFull.get() + " Training stopped at its last complete "
                        + "checkpoint; resume the run once there is space.", true);
            }
            return new End(Optional.empty(), failureMessage(e));
        }
    }

    private void finish(RunJob job, End end, CompletableFuture<TrainingRun> done, Runnable ended) {
        TrainingRun run = job.run();
        try {
            RunStatus status;
            String message;
            if (end.outcome().isPresent()) {
                status = end.outcome().get().status();
                message = end.outcome().get().message();
                runs.setProgress(run.id(), end.outcome().get().progress());
            } else if (end.failure().isEmpty()) {
                status = RunStatus.STOPPED;
                message = "Stopped while the data was being prepared.";
            } else {
                status = end.resumable() ? RunStatus.STOPPED : RunStatus.FAILED;
                message = end.failure();
            }
            runs.setStatus(run.id(), status, message);
            ended.run();
            try {
                job.listener().onStatus(status, message);
            } finally {
                // A failing listener must not leave callers of finished() waiting forever.
                done.complete(runs.get(run.id()).orElseThrow());
            }
        } catch (RuntimeException e) {
            ended.run();
            done.completeExceptionally(e);
        }
    }

    private static String failureMessage(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "Training ran out of memory: try a smaller batch size or a smaller network.";
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Training failed: " + detail;
    }
}
