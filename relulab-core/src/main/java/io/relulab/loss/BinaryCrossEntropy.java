package io.relulab.loss;

import io.relulab.math.StableMath;
import io.relulab.nn.OutputHead;

/**
 * Binary cross-entropy of a sigmoid output, computed from the logit x for label y ∈ {0, 1}:
 * ℓ = max(x, 0) − x·y + log(1 + e^(−|x|)) (TensorFlow's {@code sigmoid_cross_entropy_with_logits}, which
 * Keras uses for a sigmoid output; {@code docs/specs/activations-and-remedies.md} §1.3, §2.3). Exact for every
 * finite logit: no clipping of probabilities, no overflow. Gradient: ∂ℓ/∂x = σ(x) − y.
 *
 * <p>Accuracy follows Keras' {@code binary_accuracy}: predicted class 1 when σ(x) &gt; 0.5.
 */
public final class BinaryCrossEntropy implements Loss {

    /** Probability threshold of the accuracy metric (Keras default). */
    public static final double THRESHOLD = 0.5;

    @Override
    public String name() {
        return "binary_crossentropy";
    }

    @Override
    public OutputHead head() {
        return OutputHead.SIGMOID;
    }

    /** ℓ(x, y) for one logit and label. */
    public static double loss(double logit, double label) {
        return loss(logit, label, Math.exp(-Math.abs(logit)));
    }

    /** ℓ(x, y) from t = e^(−|x|), for a caller that also needs t for the gradient ({@link StableMath#sigmoid(double, double)}). */
    private static double loss(double logit, double label, double expMinusAbs) {
        return Math.max(logit, 0.0) - logit * label + Math.log1p(expMinusAbs);
    }

    @Override
    public double lossAndGradient(double[] logits, double[] targets, int rows, int columns, double[] gradients) {
        int size = rows * columns;
        double scale = 1.0 / size;
        double sum = 0.0;
        for (int i = 0; i < size; i++) {
            double x = logits[i];
            double y = targets[i];
            double t = Math.exp(-Math.abs(x)); // the loss's exponential, and the sigmoid's
            sum += loss(x, y, t);
            gradients[i] = (StableMath.sigmoid(x, t) - y) * scale;
        }
        return sum / size;
    }

    @Override
    public double totalLoss(double[] logits, double[] targets, int rows, int columns) {
        int size = rows * columns;
        double sum = 0.0;
        for (int i = 0; i < size; i++) {
            sum += loss(logits[i], targets[i]);
        }
        return columns == 1 ? sum : sum / columns;
    }

    @Override
    public boolean hasAccuracy() {
        return true;
    }

    @Override
    public double totalAccuracy(double[] logits, double[] targets, int rows, int columns) {
        int size = rows * columns;
        int correct = 0;
        for (int i = 0; i < size; i++) {
            double predicted = StableMath.sigmoid(logits[i]) > THRESHOLD ? 1.0 : 0.0;
            if (predicted == targets[i]) {
                correct++;
            }
        }
        return columns == 1 ? correct : (double) correct / columns;
    }

    @Override
    public void validateTargets(double[] targets, int rows, int outputColumns, String what) {
        int size = rows * outputColumns;
        for (int i = 0; i < size; i++) {
            if (targets[i] != 0.0 && targets[i] != 1.0) {
                throw new IllegalArgumentException(what + ": row " + i / outputColumns + " has label " + targets[i]
                        + "; binary cross-entropy expects 0 or 1");
            }
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
