package org.whiskerstudio.rl.dl4j;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
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

    static Batch of(List<Transition> transitions, QNetwork online, QNetwork target, double discount,
                    boolean doubleDqn) {
        INDArray observations = matrix(transitions.stream().map(Transition::observation).toList());
        INDArray nexts = matrix(transitions.stream().map(Transition::next).toList());
        double[][] q = online.output(observations).toDoubleMatrix();
        double[][] nextTarget = target.output(nexts).toDoubleMatrix();
        double[][] nextChoice = doubleDqn ? online.output(nexts).toDoubleMatrix() : nextTarget;
        double huber = 0;
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            double y = t.reward();
            if (!t.terminated()) {
                y += discount * nextTarget[i][Greedy.best(nextChoice[i], t.nextLegal())];
            }
            double error = y - q[i][t.action()];
            double magnitude = Math.abs(error);
            huber += magnitude <= 1 ? 0.5 * error * error : magnitude - 0.5;
            q[i][t.action()] += 0.5 * Math.max(-1, Math.min(1, error));
        }
        return new Batch(observations, Nd4j.create(q).castTo(DataType.FLOAT), huber / transitions.size());
    }

    static INDArray matrix(List<double[]> rows) {
        return Nd4j.create(rows.toArray(double[][]::new)).castTo(DataType.FLOAT);
    }
}
