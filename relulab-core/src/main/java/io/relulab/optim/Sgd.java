package io.relulab.optim;

import java.util.Objects;

/**
 * Stochastic gradient descent with optional momentum and Nesterov momentum, in Keras 3's form
 * ({@code keras/src/optimizers/sgd.py}), for learning rate η and momentum μ:
 * <pre>
 *   μ = 0:     θ ← θ − g·η
 *   momentum:  u ← −g·η + u·μ;   θ ← θ + u
 *   Nesterov:  u ← −g·η + u·μ;   θ ← θ + (−g·η + u·μ)
 * </pre>
 * (Equivalent to PyTorch's b ← μb + g, θ ← θ − ηb with u = −ηb, for a constant η.) State: slot 0 is u.
 */
public final class Sgd extends StatefulOptimizer {

    private final SgdConfig config;

    public Sgd(SgdConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    int slotCount() {
        return config.momentum() == 0 ? 0 : 1;
    }

    @Override
    void beginStep(long step) {
        // no schedule
    }

    @Override
    void update(double[] values, double[] gradients, double[][] slots) {
        double eta = config.learningRate();
        double mu = config.momentum();
        int size = values.length;
        if (mu == 0) {
            for (int i = 0; i < size; i++) {
                values[i] -= gradients[i] * eta;
            }
            return;
        }
        double[] velocity = slots[0];
        if (config.nesterov()) {
            for (int i = 0; i < size; i++) {
                double u = -gradients[i] * eta + velocity[i] * mu;
                velocity[i] = u;
                values[i] += -gradients[i] * eta + u * mu;
            }
        } else {
            for (int i = 0; i < size; i++) {
                double u = -gradients[i] * eta + velocity[i] * mu;
                velocity[i] = u;
                values[i] += u;
            }
        }
    }

    @Override
    public Sgd freshCopy() {
        return new Sgd(config);
    }

    @Override
    public SgdConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return "Sgd" + config;
    }
}
