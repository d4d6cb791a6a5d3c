package io.relulab.nn;

import io.relulab.random.NumpyRandom;

/**
 * Draws each weight from U(−L, L) with L = √(6/(fan_in + fan_out)) (Glorot and Bengio 2010; Keras
 * {@code glorot_uniform}, the default kernel initializer of {@code Dense}).
 */
public record GlorotUniform() implements Initializer {

    /** The name used by the command line and in results. */
    public static final String SPEC = "glorot_uniform";

    @Override
    public String spec() {
        return SPEC;
    }

    @Override
    public double sample(int fanIn, int fanOut, NumpyRandom random) {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        return random.uniform(-limit, limit);
    }
}
