package io.relulab.nn;

import io.relulab.random.NumpyRandom;

/**
 * Draws each weight from a truncated normal with standard deviation √(2/fan_in) after truncation at
 * ±2σ (He et al. 2015; Keras {@code he_normal}: σ = √(2/fan_in)/0.8796…, redrawn outside ±2σ).
 */
public record HeNormal() implements Initializer {

    /** The name used by the command line and in results. */
    public static final String SPEC = "he_normal";

    @Override
    public String spec() {
        return SPEC;
    }

    @Override
    public double sample(int fanIn, int fanOut, NumpyRandom random) {
        double stddev = Math.sqrt(2.0 / fanIn);
        return VarianceScaling.truncatedNormal(stddev, random);
    }
}
