package io.relulab.nn;

import io.relulab.math.StableMath;

/**
 * The function that turns the last dense layer's logits into the network's outputs. Training losses
 * are fused with their head and work on the logits directly (binary cross-entropy with
 * {@link #SIGMOID}, categorical cross-entropy with {@link #SOFTMAX}); the head is applied only for
 * predictions.
 */
public enum OutputHead {

    /** σ(z) per unit, z's probability of class 1 (one unit for binary classification). */
    SIGMOID("sigmoid") {
        @Override
        public void applyInPlace(double[] values, int rows, int columns) {
            int size = rows * columns;
            for (int i = 0; i < size; i++) {
                values[i] = StableMath.sigmoid(values[i]);
            }
        }
    },

    /** softmax over each row: e^(z_j − max z) / Σ_k e^(z_k − max z), the class probabilities. */
    SOFTMAX("softmax") {
        @Override
        public void applyInPlace(double[] values, int rows, int columns) {
            for (int r = 0; r < rows; r++) {
                int row = r * columns;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < columns; j++) {
                    max = Math.max(max, values[row + j]);
                }
                double sum = 0.0;
                for (int j = 0; j < columns; j++) {
                    double e = Math.exp(values[row + j] - max);
                    values[row + j] = e;
                    sum += e;
                }
                for (int j = 0; j < columns; j++) {
                    values[row + j] /= sum;
                }
            }
        }
    },

    /** The logits themselves (regression). */
    IDENTITY("linear") {
        @Override
        public void applyInPlace(double[] values, int rows, int columns) {
            // nothing to do
        }
    };

    private final String spec;

    OutputHead(String spec) {
        this.spec = spec;
    }

    /** Keras' name of the output activation, e.g. {@code "sigmoid"}. */
    public String spec() {
        return spec;
    }

    /** Replaces the leading {@code rows × columns} logits by the head's outputs. */
    public abstract void applyInPlace(double[] values, int rows, int columns);
}
