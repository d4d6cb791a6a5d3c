package io.relulab.nn;

import io.relulab.random.NumpyRandom;

/**
 * Shared formulas of Keras' {@code VarianceScaling} initializers ({@code keras/src/initializers/random_initializers.py};
 * {@code docs/specs/activations-and-remedies.md} §2.1).
 */
final class VarianceScaling {

    /**
     * Keras divides the target standard deviation by this constant before truncating at ±2σ, which
     * restores the variance the truncation removes: the standard deviation of a standard normal
     * truncated to [−2, 2].
     */
    static final double TRUNCATION_CORRECTION = 0.87962566103423978;

    private VarianceScaling() {
    }

    /**
     * A draw from N(0, σ²) truncated to [−2σ, 2σ], σ = {@code stddev / TRUNCATION_CORRECTION}: standard
     * normals outside [−2, 2] are discarded and drawn again (TensorFlow's {@code truncated_normal}).
     */
    static double truncatedNormal(double stddev, NumpyRandom random) {
        double z;
        do {
            z = random.standardNormal();
        } while (z < -2.0 || z > 2.0);
        return z * (stddev / TRUNCATION_CORRECTION);
    }
}
