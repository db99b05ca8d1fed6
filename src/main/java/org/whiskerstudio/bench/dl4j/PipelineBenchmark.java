package org.whiskerstudio.bench.dl4j;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.whiskerstudio.architecture.LayerGraph;
import org.whiskerstudio.architecture.dl4j.Dl4jModels;
import org.whiskerstudio.dataset.dl4j.TrainingTensors;

/**
 * Times training steps fed by a {@link TrainingTensors}'s iterator against the same number of steps on batches held in
 * memory beforehand: the cost the data pipeline adds to training.
 */
public final class PipelineBenchmark {
    /** Examples and seconds of each way of feeding. */
    public record Result(int examples, double pipelineSeconds, double memorySeconds) {
        public double pipelinePerSecond() {
            return examples / pipelineSeconds;
        }

        public double memoryPerSecond() {
            return examples / memorySeconds;
        }

        /** Pipeline speed as a fraction of in-memory speed. */
        public double ratio() {
            return memorySeconds / pipelineSeconds;
        }
    }

    private PipelineBenchmark() {
    }

    /** Fits {@code graph} for {@code batches} steps each way, in two alternating rounds to even out a busy machine. */
    public static Result run(TrainingTensors data, LayerGraph graph, long seed, int batches, int warmup) {
        MultiLayerNetwork net = new MultiLayerNetwork(Dl4jModels.multiLayer(graph, seed));
        net.init();
        DataSetIterator warm = data.train(0);
        for (int i = 0; i < warmup && warm.hasNext(); i++) {
            net.fit(warm.next());
        }
        List<DataSet> inMemory = new ArrayList<>();
        DataSetIterator source = data.train(2);
        while (inMemory.size() < batches && source.hasNext()) {
            inMemory.add(source.next());
        }
        DataSetIterator pipeline = data.train(1);
        int half = Math.max(1, inMemory.size() / 2);
        long pipelineNanos = 0;
        long memoryNanos = 0;
        int examples = 0;
        for (int from = 0; from < inMemory.size(); from += half) {
            int to = Math.min(inMemory.size(), from + half);
            long t0 = System.nanoTime();
            for (int i = from; i < to; i++) {
                if (!pipeline.hasNext()) {
                    pipeline.reset();
                }
                net.fit(pipeline.next());
            }
            long t1 = System.nanoTime();
            for (int i = from; i < to; i++) {
                net.fit(inMemory.get(i));
                examples += inMemory.get(i).numExamples();
            }
            long t2 = System.nanoTime();
            pipelineNanos += t1 - t0;
            memoryNanos += t2 - t1;
        }
        return new Result(examples, pipelineNanos / 1e9, memoryNanos / 1e9);
    }
}
