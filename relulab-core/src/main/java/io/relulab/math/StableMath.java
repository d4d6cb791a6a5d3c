package io.relulab.math;

/**
 * Numerically stable scalar helpers (DESIGN.md §6; {@code specs/activations-and-remedies.md} §1.3).
 */
public final class StableMath {

    private StableMath() {
    }

    /**
     * The logistic sigmoid σ(x) = 1/(1 + e^(−x)), in two branches so that {@code exp} never
     * overflows: 1/(1 + e^(−x)) for x ≥ 0 and e^x/(1 + e^x) for x &lt; 0. σ(±∞) = 1, 0; σ(NaN) = NaN.
     */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /**
     * softplus(x) = log(1 + e^x) computed as max(x, 0) + log1p(e^(−|x|)), exact to rounding for every
     * finite x and never overflowing (TensorFlow's {@code sigmoid_cross_entropy_with_logits} form).
     */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
