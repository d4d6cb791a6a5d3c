package io.relulab.optim;

import java.util.Objects;

/**
 * RMSprop (Hinton, Coursera lecture 6e) in Keras 3's form ({@code keras/src/optimizers/rmsprop.py}), for
 * learning rate η, decay ρ, momentum μ:
 * <pre>
 *   s ← ρs + (1 − ρ)g²
 *   centred:  ḡ ← ρḡ + (1 − ρ)g;  d = s − ḡ² + ε      otherwise:  d = s + ε
 *   Δ = η·g/√d
 *   μ &gt; 0:  u ← μu + Δ;  θ ← θ − u        otherwise:  θ ← θ − Δ
 * </pre>
 * ε sits under the square root, as in Keras and TensorFlow. State: slot 0 is s, slot 1 is u (momentum),
 * slot 2 is ḡ (centred).
 */
public final class RmsProp extends StatefulOptimizer {

    private final RmsPropConfig config;

    public RmsProp(RmsPropConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    int slotCount() {
        return 3;
    }

    @Override
    void beginStep(long step) {
        // no schedule
    }

    @Override
    void update(double[] values, double[] gradients, double[][] slots) {
        double[] s = slots[0];
        double[] u = slots[1];
        double[] average = slots[2];
        double eta = config.learningRate();
        double rho = config.rho();
        double oneMinusRho = 1.0 - rho;
        double mu = config.momentum();
        double epsilon = config.epsilon();
        boolean centered = config.centered();
        int size = values.length;
        for (int i = 0; i < size; i++) {
            double g = gradients[i];
            double si = rho * s[i] + oneMinusRho * (g * g);
            s[i] = si;
            double denominator;
            if (centered) {
                double ai = rho * average[i] + oneMinusRho * g;
                average[i] = ai;
                denominator = si - ai * ai + epsilon;
            } else {
                denominator = si + epsilon;
            }
            double increment = eta * g / Math.sqrt(denominator);
            if (mu > 0) {
                double ui = mu * u[i] + increment;
                u[i] = ui;
                values[i] -= ui;
            } else {
                values[i] -= increment;
            }
        }
    }

    @Override
    public RmsProp freshCopy() {
        return new RmsProp(config);
    }

    @Override
    public RmsPropConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return "RmsProp" + config;
    }
}
