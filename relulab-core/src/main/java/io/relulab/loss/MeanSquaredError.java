package io.relulab.loss;

import io.relulab.nn.OutputHead;

/**
 * Mean squared error of an identity output: per row ℓ = (1/c) Σ_j (x_j − y_j)², the batch loss is the
 * mean over rows (Keras {@code mean_squared_error}). Gradient of the batch loss:
 * 2(x_j − y_j)/(rows·c). No accuracy.
 */
public final class MeanSquaredError implements Loss {

    @Override
    public String name() {
        return "mean_squared_error";
    }

    @Override
    public OutputHead head() {
        return OutputHead.IDENTITY;
    }

    @Override
    public double lossAndGradient(double[] logits, double[] targets, int rows, int columns, double[] gradients) {
        int size = rows * columns;
        double scale = 2.0 / size;
        double sum = 0.0;
        for (int i = 0; i < size; i++) {
            double difference = logits[i] - targets[i];
            sum += difference * difference;
            gradients[i] = difference * scale;
        }
        return sum / size;
    }

    @Override
    public double totalLoss(double[] logits, double[] targets, int rows, int columns) {
        int size = rows * columns;
        double sum = 0.0;
        for (int i = 0; i < size; i++) {
            double difference = logits[i] - targets[i];
            sum += difference * difference;
        }
        return sum / columns;
    }

    @Override
    public boolean hasAccuracy() {
        return false;
    }

    @Override
    public double totalAccuracy(double[] logits, double[] targets, int rows, int columns) {
        throw new UnsupportedOperationException("mean squared error has no accuracy");
    }

    @Override
    public void validateTargets(double[] targets, int rows, int outputColumns, String what) {
        int size = rows * outputColumns;
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException(what + ": row " + i / outputColumns + " has target " + targets[i]
                        + "; mean squared error expects finite numbers");
            }
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
