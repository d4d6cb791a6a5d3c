package io.relulab.optim;

import io.relulab.math.OptimizerKernels;

import java.util.IdentityHashMap;
import java.util.Map;
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
 *
 * <p><b>Reset entries</b> ({@link #resetState}, used by ReDo): their moments restart at 0 <em>and</em> their
 * bias correction restarts, i.e. such an entry is updated with its own step count τ = t − t_reset in place of
 * t, as a fresh Adam would update it. With the global t kept, the first update after a reset would be
 * m/√v = (1−β₁)/√(1−β₂) ≈ 3.16 times the learning rate, which re-kills recycled units at high learning rates
 * (the PyTorch re-implementation of ReDo found resetting the step count "crucial"; the official JAX code
 * keeps the global count). The global iteration count itself is unchanged. Once τ exceeds
 * {@link #RESTART_HORIZON} both corrections equal 1 to within 1e-12 and the entry follows the global schedule.
 */
public final class Adam extends StatefulOptimizer {

    /** Index of the first-moment state in {@link #stateOf}. */
    public static final int FIRST_MOMENT = 0;
    /** Index of the second-moment state in {@link #stateOf}. */
    public static final int SECOND_MOMENT = 1;

    /** Steps after a reset beyond which the entry's own bias correction is no longer tracked. */
    public static final long RESTART_HORIZON = 30_000;

    private final AdamConfig config;
    /** Per parameter (keyed by its slot arrays): entries whose bias correction restarted, and when. */
    private final Map<double[][], Restarts> restarts = new IdentityHashMap<>();
    private long step;
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
        this.step = step;
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
            // m += (g − m)(1 − β₁); v += (g² − v)(1 − β₂); θ −= (m·α)/(√v + ε), vectorised when possible
            OptimizerKernels.kerasAdamInPlace(values, gradients, m, v, size, alpha, epsilon, b1, b2);
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
        if (!restarts.isEmpty()) {
            correctRestartedEntries(values, m, v, slots);
        }
    }

    @Override
    void afterReset(double[][] slots, int[] indices, long iteration) {
        Restarts entries = restarts.computeIfAbsent(slots, key -> new Restarts(key[FIRST_MOMENT].length));
        for (int index : indices) {
            entries.put(index, iteration);
        }
    }

    /**
     * Replaces the update just applied to restarted entries (made with the global step t) by the update
     * with their own step count τ: θ += (update with t) − (update with τ). Entries past the horizon are
     * dropped. Allocates nothing.
     */
    private void correctRestartedEntries(double[] values, double[] m, double[] v, double[][] slots) {
        Restarts entries = restarts.get(slots);
        if (entries == null) {
            return;
        }
        double epsilon = config.epsilon();
        for (int k = entries.size - 1; k >= 0; k--) {
            long tau = step - entries.resetAt[k];
            if (tau > RESTART_HORIZON) {
                entries.removeAt(k);
                continue;
            }
            int i = entries.index[k];
            double localFirst = 1.0 - Math.pow(config.beta1(), tau);
            double localSecond = 1.0 - Math.pow(config.beta2(), tau);
            double root = Math.sqrt(v[i]);
            if (keras) {
                double localStepSize = config.learningRate() * Math.sqrt(localSecond) / localFirst;
                values[i] += m[i] * (stepSize - localStepSize) / (root + epsilon);
            } else {
                double localStepSize = config.learningRate() / localFirst;
                values[i] += stepSize * m[i] / (root / secondMomentCorrection + epsilon)
                        - localStepSize * m[i] / (root / Math.sqrt(localSecond) + epsilon);
            }
        }
    }

    /** Entries of one parameter whose bias correction restarted: parallel arrays, unordered, O(1) updates. */
    private static final class Restarts {
        private final int[] index;
        private final long[] resetAt;
        /** For each entry of the parameter, its position k + 1 in the arrays, or 0 when absent. */
        private final int[] positionOf;
        private int size;

        Restarts(int parameterSize) {
            index = new int[parameterSize];
            resetAt = new long[parameterSize];
            positionOf = new int[parameterSize];
        }

        void put(int entry, long iteration) {
            int k = positionOf[entry] - 1;
            if (k < 0) {
                k = size++;
                index[k] = entry;
                positionOf[entry] = k + 1;
            }
            resetAt[k] = iteration;
        }

        void removeAt(int k) {
            positionOf[index[k]] = 0;
            size--;
            if (k != size) {
                index[k] = index[size];
                resetAt[k] = resetAt[size];
                positionOf[index[k]] = k + 1;
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
