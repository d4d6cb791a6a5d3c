package io.relulab.optim;

import java.util.Objects;

/**
 * Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015) with Keras' or PyTorch's
 * placement of ε ({@link EpsilonPlacement}). At step t, for each entry with gradient g:
 * <pre>
 *   m ← m + (g − m)(1 − β₁)          v ← v + (g² − v)(1 − β₂)
 *   Keras:   α_t = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ);   θ ← θ − (m·α_t)/(√v + ε)
 *   PyTorch: θ ← θ − η/(1 − β₁ᵗ) · m/(√v/√(1 − β₂ᵗ) + ε)
 * </pre>
 * (Keras 3 {@code keras/src/optimizers/adam.py}; PyTorch {@code torch/optim/adam.py}, single-tensor path.)
 * State: slot 0 is m, slot 1 is v.
 */
public final class Adam extends StatefulOptimizer {

    /** Index of the first-moment state in {@link #stateOf}. */
    public static final int FIRST_MOMENT = 0;
    /** Index of the second-moment state in {@link #stateOf}. */
    public static final int SECOND_MOMENT = 1;

    private final AdamConfig config;
    private final double oneMinusBeta1;
    private final double oneMinusBeta2;
    private final boolean keras;
    private double stepSize;
    private double secondMomentCorrection;

    public Adam(AdamConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.oneMinusBeta1 = 1.0 - config.beta1();
        this.oneMinusBeta2 = 1.0 - config.beta2();
        this.keras = config.epsilonPlacement() == EpsilonPlacement.KERAS;
    }

    @Override
    int slotCount() {
        return 2;
    }

    @Override
    void beginStep(long step) {
        double firstCorrection = 1.0 - Math.pow(config.beta1(), step);
        double secondCorrection = 1.0 - Math.pow(config.beta2(), step);
        if (keras) {
            stepSize = config.learningRate() * Math.sqrt(secondCorrection) / firstCorrection;
        } else {
            stepSize = config.learningRate() / firstCorrection;
            secondMomentCorrection = Math.sqrt(secondCorrection);
        }
    }

    @Override
    void update(double[] values, double[] gradients, double[][] slots) {
        double[] m = slots[FIRST_MOMENT];
        double[] v = slots[SECOND_MOMENT];
        double alpha = stepSize;
        double epsilon = config.epsilon();
        double b1 = oneMinusBeta1;
        double b2 = oneMinusBeta2;
        int size = values.length;
        if (keras) {
            for (int i = 0; i < size; i++) {
                double g = gradients[i];
                double mi = m[i] + (g - m[i]) * b1;
                double vi = v[i] + (g * g - v[i]) * b2;
                m[i] = mi;
                v[i] = vi;
                values[i] -= (mi * alpha) / (Math.sqrt(vi) + epsilon);
            }
        } else {
            double correction = secondMomentCorrection;
            double beta2 = config.beta2();
            for (int i = 0; i < size; i++) {
                double g = gradients[i];
                double mi = m[i] + (g - m[i]) * b1;
                double vi = v[i] * beta2 + b2 * g * g;
                m[i] = mi;
                v[i] = vi;
                values[i] += -alpha * mi / (Math.sqrt(vi) / correction + epsilon); // addcdiv: θ + (−step·m)/denominator
            }
        }
    }

    @Override
    public Adam freshCopy() {
        return new Adam(config);
    }

    @Override
    public AdamConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return "Adam" + config;
    }
}
