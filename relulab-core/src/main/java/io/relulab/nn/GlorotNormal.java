package io.relulab.nn;

import io.relulab.random.NumpyRandom;

/**
 * Draws each weight from a truncated normal with standard deviation √(2/(fan_in + fan_out)) after
 * truncation at ±2σ (Keras {@code glorot_normal}: σ = √(2/(fan_in + fan_out))/0.8796…, redrawn outside
 * ±2σ).
 */
public record GlorotNormal() implements Initializer {

    /** The name used by the command line and in results. */
    public static final String SPEC = "glorot_normal";

    @Override
    public String spec() {
        return SPEC;
    }

    @Override
    public double sample(int fanIn, int fanOut, NumpyRandom random) {
        double stddev = Math.sqrt(2.0 / (fanIn + fanOut));
        return VarianceScaling.truncatedNormal(stddev, random);
    }
}
