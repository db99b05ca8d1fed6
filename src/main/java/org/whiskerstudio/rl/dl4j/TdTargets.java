package org.whiskerstudio.rl.dl4j;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.whiskerstudio.rl.Greedy;
import org.whiskerstudio.rl.Transition;

/**
 * The regression targets of one DQN update. Only the taken action's output should move, towards
 * {@code y = r + discount * Q_target(s', a*)} (a* the target network's best, or with Double DQN the online
 * network's). Every other target is the output itself. For the Huber loss (delta 1) without a Huber layer in DL4J,
 * the taken action's target is set half the clipped error away: the summed squared error's gradient,
 * {@code 2 (q - t)}, is then {@code -clip(y - q, -1, 1)}, exactly Huber's.
 */
final class TdTargets {
    /** Features, targets and the batch's mean Huber loss. */
    record Batch(INDArray observations, INDArray targets, double huberLoss) {
    }

    private TdTargets() {
    }

    /**
     * The batch of {@code transitions}, given the target network's values of their next states: row
     * {@code from + i} of {@code nextTarget} belongs to transition {@code i}.
     */
    static Batch of(List<Transition> transitions, QNetwork online, double[][] nextTarget, int from, double discount,
                    boolean doubleDqn) {
        INDArray observations = matrix(transitions.stream().map(Transition::observation).toList());
        double[][] q = rows(online.output(observations));
        double[][] nextChoice = doubleDqn ? online.valuesOf(nexts(transitions)) : null;
        double huber = 0;
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            double y = t.reward();
            if (!t.terminated()) {
                double[] values = nextTarget[from + i];
                y += discount * values[Greedy.best(doubleDqn ? nextChoice[i] : values, t.nextLegal())];
            }
            double error = y - q[i][t.action()];
            double magnitude = Math.abs(error);
            huber += magnitude <= 1 ? 0.5 * error * error : magnitude - 0.5;
            q[i][t.action()] += 0.5 * Math.max(-1, Math.min(1, error));
        }
        return new Batch(observations, matrix(Arrays.asList(q)), huber / transitions.size());
    }

    /**
     * Frees arrays this class made now rather than at the next garbage collection, so a DQN's small per-step and
     * per-update arrays do not wait for the collector to give their native memory back. Views and workspace arrays
     * are left alone.
     */
    static void release(INDArray... arrays) {
        for (INDArray array : arrays) {
            if (array.closeable()) {
                array.close();
            }
        }
    }

    static INDArray nexts(List<Transition> transitions) {
        return matrix(transitions.stream().map(Transition::next).toList());
    }

    /** Rows of numbers as one float matrix, filled in Java and handed over in one copy. */
    static INDArray matrix(List<double[]> rows) {
        int columns = rows.get(0).length;
        float[] flat = new float[rows.size() * columns];
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                flat[r * columns + c] = (float) row[c];
            }
        }
        return Nd4j.create(flat, new long[] {rows.size(), columns}, 'c');
    }

    /**
     * A network output's rows; the output's native memory is given back at once (see {@link #release}). Read through
     * one flat copy: {@code toDoubleMatrix} makes a view and a copy per row, which took a quarter of a cart-pole
     * update's time.
     */
    static double[][] rows(INDArray matrix) {
        int columns = (int) matrix.columns();
        INDArray flatCopy = Nd4j.toFlattened('c', matrix);
        float[] flat = flatCopy.toFloatVector();
        release(flatCopy, matrix);
        double[][] rows = new double[(int) matrix.rows()][columns];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns; c++) {
                rows[r][c] = flat[r * columns + c];
            }
        }
        return rows;
    }
}
