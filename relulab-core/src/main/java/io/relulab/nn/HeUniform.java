package io.relulab.nn;

import io.relulab.random.NumpyRandom;

/**
 * Draws each weight from U(−L, L) with L = √(6/fan_in) (He et al. 2015; Keras {@code he_uniform}).
 */
public record HeUniform() implements Initializer {

    /** The name used by the command line and in results. */
    public static final String SPEC = "he_uniform";

    @Override
    public String spec() {
        return SPEC;
    }

    @Override
    public double sample(int fanIn, int fanOut, NumpyRandom random) {
        double limit = Math.sqrt(6.0 / fanIn);
        return random.uniform(-limit, limit);
    }
}
