package io.relulab.train;

import io.relulab.data.Dataset;
import io.relulab.loss.Loss;
import io.relulab.nn.Layer;
import io.relulab.nn.Mode;
import io.relulab.nn.Network;
import io.relulab.optim.Optimizer;
import java.util.List;
import java.util.Objects;

/**
 * One minibatch update: gather the batch rows, forward in training mode, fused loss and its gradient,
 * backward, one optimiser step. Buffers grow to the largest batch seen, so once every batch shape of an
 * epoch has run, a step allocates nothing.
 */
public final class TrainingStep {

    private final Network network;
    private final Optimizer optimizer;
    private final Loss loss;
    private final List<io.relulab.nn.Parameter> parameters;
    private final int inputs;
    private final int outputs;
    private final int targetColumns;
    private double[] features = new double[0];
    private double[] targets = new double[0];
    private double[] logitGradients = new double[0];
    private double lastAccuracyTotal;

    public TrainingStep(Network network, Optimizer optimizer, Loss loss) {
        this.network = Objects.requireNonNull(network, "network");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.loss = Objects.requireNonNull(loss, "loss");
        this.parameters = network.parameters();
        this.inputs = network.inputSize();
        this.outputs = network.outputSize();
        this.targetColumns = loss.targetColumns(outputs);
        if (targetColumns != 1) {
            throw new IllegalArgumentException("loss " + loss.name() + " with " + outputs
                    + " outputs needs several targets per row; a data set gives one label per row");
        }
    }

    /**
     * Trains on rows {@code order[from..to)} of {@code data}.
     *
     * @return the batch's mean loss before the update; when it is not finite the optimiser step is skipped
     *         (the network keeps its weights) so that the caller can report divergence
     */
    public double run(Dataset data, int[] order, int from, int to) {
        return run(data, order, from, to, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #run(Dataset, int[], int, int)}, but also skips the optimiser step when the batch loss exceeds
     * {@code maxLoss} (the divergence guard's explosion threshold).
     */
    public double run(Dataset data, int[] order, int from, int to, double maxLoss) {
        int rows = to - from;
        features = Layer.ensureCapacity(features, rows * inputs);
        targets = Layer.ensureCapacity(targets, rows * targetColumns);
        logitGradients = Layer.ensureCapacity(logitGradients, rows * outputs);
        data.copyRowsInto(order, from, to, features);
        data.copyLabelsInto(order, from, to, targets);
        double[] logits = network.forward(features, rows, Mode.TRAINING);
        double batchLoss = loss.lossAndGradient(logits, targets, rows, outputs, logitGradients);
        if (!Double.isFinite(batchLoss) || batchLoss > maxLoss) {
            lastAccuracyTotal = Double.NaN;
            return batchLoss;
        }
        lastAccuracyTotal = loss.hasAccuracy() ? loss.totalAccuracy(logits, targets, rows, outputs) : Double.NaN;
        network.backward(logitGradients, rows);
        optimizer.step(parameters);
        return batchLoss;
    }

    /** The sum of per-row accuracies of the last batch, from the same outputs as its loss (NaN without accuracy). */
    public double lastAccuracyTotal() {
        return lastAccuracyTotal;
    }
}
