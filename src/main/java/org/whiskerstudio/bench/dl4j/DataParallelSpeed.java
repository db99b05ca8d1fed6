package org.whiskerstudio.bench.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.whiskerstudio.dataset.Layout;
import org.whiskerstudio.dataset.dl4j.ExampleTrainingData;
import org.whiskerstudio.training.dl4j.Nd4jThreads;

/**
 * {@code bench speed --workers N}: the data-parallel lead of the speed notes, measured. N threads, each with one
 * OpenMP thread and its own copy of the network (same starting weights), fit alternate batches of one epoch; every
 * {@code averageEvery} steps each they wait for each other and all copies take the mean of their parameters and of
 * Adam's state (what DL4J's {@code ParallelWrapper} does by parameter averaging). Prints training examples/s over the
 * whole loop (averaging included) and the averaged network's test accuracy.
 */
public final class DataParallelSpeed {
    /** Examples per second of the whole loop, the examples, and the averaged network's one-epoch test accuracy. */
    public record Result(int workers, int averageEvery, double examplesPerSecond, int examples, double testAccuracy) {
    }

    private DataParallelSpeed() {
    }

    public static Result run(SpeedBenchmark.Net which, SpeedData data, SpeedBenchmark.Options options, int workers,
                             int averageEvery) throws InterruptedException {
        List<MultiLayerNetwork> nets = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            nets.add(SpeedBenchmark.build(which, data, options));
        }
        ExampleTrainingData prepared = SpeedBenchmark.prepared(Layout.of(which.input()), data, options);
        List<DataSet> batches = new ArrayList<>();
        DataSetIterator iterator = prepared.train(0);
        while (iterator.hasNext() && (options.maxBatches() == 0 || batches.size() < options.maxBatches())) {
            batches.add(iterator.next());
        }
        int rounds = batches.size() / workers;
        CyclicBarrier barrier = new CyclicBarrier(workers, () -> average(nets));
        Throwable[] failure = new Throwable[1];
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                try (Nd4jThreads ignored = Nd4jThreads.apply(1)) {
                    MultiLayerNetwork net = nets.get(worker);
                    for (int r = 0; r < rounds; r++) {
                        net.fit(batches.get(r * workers + worker));
                        if ((r + 1) % averageEvery == 0 || r == rounds - 1) {
                            barrier.await();
                        }
                    }
                } catch (InterruptedException | BrokenBarrierException | RuntimeException e) {
                    failure[0] = e;
                    barrier.reset();
                }
            }, "data-parallel-" + w);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure[0] != null) {
            throw new IllegalStateException("a worker failed", failure[0]);
        }
        int examples = 0;
        for (int i = 0; i < rounds * workers; i++) {
            examples += (int) batches.get(i).getFeatures().size(0);
        }
        return new Result(workers, averageEvery, examples / seconds, examples,
                SpeedBenchmark.accuracy(nets.get(0), prepared.test().orElseThrow(), new ArrayList<>(), 0));
    }

    /** Every copy takes the mean of all copies' parameters and updater state. */
    private static void average(List<MultiLayerNetwork> nets) {
        INDArray params = nets.get(0).params().dup();
        INDArray state = nets.get(0).getUpdater().getStateViewArray().dup();
        for (int i = 1; i < nets.size(); i++) {
            params.addi(nets.get(i).params());
            state.addi(nets.get(i).getUpdater().getStateViewArray());
        }
        params.divi(nets.size());
        state.divi(nets.size());
        for (MultiLayerNetwork net : nets) {
            net.params().assign(params);
            net.getUpdater().getStateViewArray().assign(state);
        }
    }
}
