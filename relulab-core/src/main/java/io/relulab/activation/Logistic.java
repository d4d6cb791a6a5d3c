package io.relulab.activation;

/**
 * Numerically stable logistic-function helpers used by several activations.
 *
 * <p>σ(z) = 1/(1+e^(−z)) is evaluated in two branches so that {@code exp} never overflows: for z ≥ 0
 * as 1/(1+e^(−z)), for z &lt; 0 as e^z/(1+e^z) (docs/specs/activations-and-remedies.md §1.3). The complement 1 − σ(z) = σ(−z) is computed
 * from the same exponential, without the cancellation of {@code 1 - sigmoid(z)}.
 */
final class Logistic {

    private Logistic() {
    }

    /** σ(z), stable for every z; NaN gives NaN. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** σ(−z) = 1 − σ(z), stable for every z; NaN gives NaN. */
    static double complement(double z) {
        if (z >= 0) {
            double e = Math.exp(-z);
            return e / (1.0 + e);
        }
        return 1.0 / (1.0 + Math.exp(z));
    }

    /** σ′(z) = σ(z)·σ(−z) = e^(−|z|)/(1+e^(−|z|))², stable for every z; NaN gives NaN. */
    static double derivative(double z) {
        double e = Math.exp(-Math.abs(z));
        double onePlus = 1.0 + e;
        return e / (onePlus * onePlus);
    }

    /** ln(1+e^z) = max(z, 0) + log1p(e^(−|z|)), stable for every z; NaN gives NaN. */
    static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }
}
