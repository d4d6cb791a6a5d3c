package io.relulab.nn;

import io.relulab.random.NumpyRandom;

/** Sets every entry to 0 without drawing (Keras {@code zeros}, the default bias initializer of {@code Dense}). */
public record Zeros() implements Initializer {

    /** The name used by the command line and in results. */
    public static final String SPEC = "zeros";

    @Override
    public String spec() {
        return SPEC;
    }

    @Override
    public double sample(int fanIn, int fanOut, NumpyRandom random) {
        return 0.0;
    }
}
