package io.relulab.nn;

import io.relulab.random.NumpyRandom;

/**
 * Draws each weight from a truncated normal with standard deviation √(1/fan_in) after truncation at
 * ±2σ (LeCun et al. 1998; Keras {@code lecun_normal}, meant for SELU: σ = √(1/fan_in)/0.8796…, redrawn
 * outside ±2σ).
 */
public record LecunNormal() implements Initializer {

    /** The name used by the command line and in results. */
    public static final String SPEC = "lecun_normal";

    @Override
    public String spec() {
        return SPEC;
    }

    @Override
    public double sample(int fanIn, int fanOut, NumpyRandom random) {
        double stddev = Math.sqrt(1.0 / fanIn);
        return VarianceScaling.truncatedNormal(stddev, random);
    }
}
