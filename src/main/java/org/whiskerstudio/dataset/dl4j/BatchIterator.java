package org.whiskerstudio.dataset.dl4j;

import java.util.List;
import java.util.NoSuchElementException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.dataset.BatchAssembler;
import org.whiskerstudio.dataset.ExampleSource;

/** Batches in a given order from a {@link BatchAssembler}; each batch becomes two INDArrays made from one float[] each. */
final class BatchIterator implements DataSetIterator {
    private final BatchAssembler assembler;
    private final int[] order;
    private final int batchSize;
    private final boolean augment;
    private final long augmentSeed;
    private final List<String> labels;
    private DataSetPreProcessor preProcessor;
    private int cursor;

    BatchIterator(BatchAssembler assembler, int[] order, int batchSize, boolean augment, long augmentSeed,
                  List<String> labels) {
        this.assembler = assembler;
        this.order = order;
        this.batchSize = batchSize;
        this.augment = augment;
        this.augmentSeed = augmentSeed;
        this.labels = List.copyOf(labels);
    }

    @Override
    public boolean hasNext() {
        return cursor < order.length;
    }

    @Override
    public DataSet next() {
        return next(batchSize);
    }

    @Override
    public DataSet next(int num) {
        if (!hasNext()) {
            throw new NoSuchElementException("no batches left; call reset()");
        }
        int to = Math.min(order.length, cursor + num);
        BatchAssembler.Batch batch = assembler.assemble(order, cursor, to, augment, augmentSeed);
        cursor = to;
        ExampleSource source = assembler.source();
        long[] shape = assembler.layout().shape(batch.count(), source.channels(), source.height(), source.width());
        INDArray features = Nd4j.create(batch.features(), shape, 'c');
        INDArray oneHot = Nd4j.create(batch.labels(), new long[] {batch.count(), assembler.classes()}, 'c');
        DataSet data = new DataSet(features, oneHot);
        if (preProcessor != null) {
            preProcessor.preProcess(data);
        }
        return data;
    }

    @Override
    public int inputColumns() {
        return assembler.source().pixels();
    }

    @Override
    public int totalOutcomes() {
        return assembler.classes();
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        // Batches are built on the caller's thread; DL4J's async wrapper can build the next one during a step.
        return true;
    }

    @Override
    public void reset() {
        cursor = 0;
    }

    @Override
    public int batch() {
        return batchSize;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        this.preProcessor = preProcessor;
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    @Override
    public List<String> getLabels() {
        return labels;
    }
}
