package io.relulab.nn;

import java.util.Arrays;

/**
 * A learnable tensor: a name, a shape, its values and the gradient of the loss with respect to them,
 * both stored row-major in arrays that are shared, not copied (the optimiser updates
 * {@link #values()} in place; backward passes overwrite {@link #gradients()}).
 *
 * <p>Identity matters: optimisers key their state by the {@code Parameter} object, so equality is
 * identity.
 */
public final class Parameter {

    private final String name;
    private final int[] shape;
    private final double[] values;
    private final double[] gradients;

    /**
     * A zero-filled parameter.
     *
     * @param name  e.g. {@code "dense_1/kernel"}
     * @param shape one or more positive dimensions
     */
    public Parameter(String name, int... shape) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name is blank; expected a non-empty name");
        }
        if (shape.length == 0) {
            throw new IllegalArgumentException("parameter " + name + " has no dimensions; expected at least one");
        }
        long size = 1;
        for (int dimension : shape) {
            if (dimension <= 0) {
                throw new IllegalArgumentException("parameter " + name + " has shape " + Arrays.toString(shape)
                        + "; expected every dimension >= 1");
            }
            size *= dimension;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("parameter " + name + " has " + size + " entries; expected at most " + (Integer.MAX_VALUE - 8));
        }
        this.name = name;
        this.shape = shape.clone();
        this.values = new double[(int) size];
        this.gradients = new double[(int) size];
    }

    public String name() {
        return name;
    }

    /** A copy of the shape, e.g. {@code [fanIn, fanOut]} for a kernel. */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of entries. */
    public int size() {
        return values.length;
    }

    /** The live values (row-major). */
    public double[] values() {
        return values;
    }

    /** The live gradient ∂L/∂values from the last backward pass (row-major). */
    public double[] gradients() {
        return gradients;
    }

    /** Copies {@code source} into the values. */
    public void setValuesInPlace(double[] source) {
        if (source.length != values.length) {
            throw new IllegalArgumentException("parameter " + name + " has " + values.length + " entries; got " + source.length);
        }
        System.arraycopy(source, 0, values, 0, values.length);
    }

    /** Whether every value is finite (no NaN or infinity). */
    public boolean allFinite() {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
