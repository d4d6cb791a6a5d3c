package io.relulab.loss;

import io.relulab.nn.OutputHead;

/**
 * Categorical cross-entropy of a softmax output, from the logits x and an integer class label y per row
 * (Keras' {@code sparse_categorical_crossentropy} with {@code from_logits}): ℓ = log Σ_k e^(x_k) − x_y,
 * computed as m + log Σ_k e^(x_k − m) with m = max_k x_k, so it never overflows. Gradient:
 * ∂ℓ/∂x_k = softmax(x)_k − [k = y].
 *
 * <p>Accuracy: the predicted class is the first index of the largest logit.
 */
public final class CategoricalCrossEntropy implements Loss {

    @Override
    public String name() {
        return "categorical_crossentropy";
    }

    @Override
    public OutputHead head() {
        return OutputHead.SOFTMAX;
    }

    @Override
    public int targetColumns(int outputColumns) {
        return 1;
    }

    @Override
    public double lossAndGradient(double[] logits, double[] targets, int rows, int columns, double[] gradients) {
        double scale = 1.0 / rows;
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            int row = r * columns;
            int label = (int) targets[r];
            double max = rowMax(logits, row, columns);
            double exponentials = 0.0;
            for (int k = 0; k < columns; k++) {
                double e = Math.exp(logits[row + k] - max);
                gradients[row + k] = e;
                exponentials += e;
            }
            sum += max + Math.log(exponentials) - logits[row + label];
            for (int k = 0; k < columns; k++) {
                double probability = gradients[row + k] / exponentials;
                gradients[row + k] = (k == label ? probability - 1.0 : probability) * scale;
            }
        }
        return sum / rows;
    }

    @Override
    public double totalLoss(double[] logits, double[] targets, int rows, int columns) {
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            int row = r * columns;
            double max = rowMax(logits, row, columns);
            double exponentials = 0.0;
            for (int k = 0; k < columns; k++) {
                exponentials += Math.exp(logits[row + k] - max);
            }
            sum += max + Math.log(exponentials) - logits[row + (int) targets[r]];
        }
        return sum;
    }

    private static double rowMax(double[] logits, int row, int columns) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < columns; k++) {
            max = Math.max(max, logits[row + k]);
        }
        return max;
    }

    @Override
    public boolean hasAccuracy() {
        return true;
    }

    @Override
    public double totalAccuracy(double[] logits, double[] targets, int rows, int columns) {
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            int row = r * columns;
            int best = 0;
            for (int k = 1; k < columns; k++) {
                if (logits[row + k] > logits[row + best]) {
                    best = k;
                }
            }
            if (best == (int) targets[r]) {
                correct++;
            }
        }
        return correct;
    }

    @Override
    public void validateTargets(double[] targets, int rows, int outputColumns, String what) {
        for (int r = 0; r < rows; r++) {
            double y = targets[r];
            if (y != Math.rint(y) || y < 0 || y >= outputColumns) {
                throw new IllegalArgumentException(what + ": row " + r + " has label " + y
                        + "; categorical cross-entropy expects a class index 0.." + (outputColumns - 1));
            }
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
