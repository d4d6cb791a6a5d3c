package io.relulab.nn;

import io.relulab.random.NumpyRandom;

/**
 * Sets every entry to one finite value without drawing (Keras {@code constant}); e.g. a bias of 0.01 to
 * keep ReLUs firing at the start, or a negative bias to provoke dead units.
 *
 * @param value the constant, finite
 */
public record Constant(double value) implements Initializer {

    public Constant {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("constant initializer value = " + value + "; expected a finite number");
        }
    }

    /** {@code constant:VALUE}. */
    @Override
    public String spec() {
        return Initializers.CONSTANT_NAME + ":" + value;
    }

    @Override
    public double sample(int fanIn, int fanOut, NumpyRandom random) {
        return value;
    }
}
