package io.relulab.train;

import io.relulab.data.Dataset;
import io.relulab.loss.Loss;
import io.relulab.nn.Layer;
import io.relulab.nn.Mode;
import io.relulab.nn.Network;

/**
 * Loss and accuracy of a network on a whole data set in inference mode, in chunks of at most
 * {@value #CHUNK_ROWS} rows (a fixed size, so results never depend on the caller), reusing its buffers.
 */
public final class Evaluator {

    /** Rows per forward pass. */
    public static final int CHUNK_ROWS = 1024;

    private final Network network;
    private final Loss loss;
    private int[] identity = new int[0];
    private double[] features = new double[0];
    private double[] targets = new double[0];

    public Evaluator(Network network, Loss loss) {
        this.network = network;
        this.loss = loss;
    }

    /** The mean loss and accuracy over every row of {@code data}. */
    public Evaluation evaluate(Dataset data) {
        int rows = data.rows();
        if (identity.length < rows) {
            identity = new int[rows];
            for (int i = 0; i < rows; i++) {
                identity[i] = i;
            }
        }
        int outputs = network.outputSize();
        double lossTotal = 0.0;
        double accuracyTotal = 0.0;
        for (int from = 0; from < rows; from += CHUNK_ROWS) {
            int to = Math.min(rows, from + CHUNK_ROWS);
            int chunk = to - from;
            features = Layer.ensureCapacity(features, chunk * data.columns());
            targets = Layer.ensureCapacity(targets, chunk);
            data.copyRowsInto(identity, from, to, features);
            data.copyLabelsInto(identity, from, to, targets);
            double[] logits = network.forward(features, chunk, Mode.INFERENCE);
            lossTotal += loss.totalLoss(logits, targets, chunk, outputs);
            if (loss.hasAccuracy()) {
                accuracyTotal += loss.totalAccuracy(logits, targets, chunk, outputs);
            }
        }
        double accuracy = loss.hasAccuracy() ? accuracyTotal / rows : Double.NaN;
        return new Evaluation(lossTotal / rows, accuracy, rows);
    }
}
