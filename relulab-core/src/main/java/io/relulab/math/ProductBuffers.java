package io.relulab.math;

/**
 * The reusable scratch of the product kernels ({@link MatrixKernels}), owned by one caller (a dense layer holds
 * one): each buffer grows to the largest shape it has served and never shrinks, so that once every shape has run,
 * a product allocates nothing. What a kernel keeps here is its own business — the scalar kernels split an operand
 * into zero-offset rows, the vector kernels pack one into column panels — and is overwritten by the next product.
 * Not thread-safe: one instance per thread of work.
 */
public final class ProductBuffers {

    private double[][] rows = new double[0][];
    private double[] packed = new double[0];
    private double[] accumulator = new double[0];

    /** At least {@code count} row arrays of at least {@code width} entries. */
    double[][] rows(int count, int width) {
        rows = MatrixKernels.ensureRows(rows, count, width);
        return rows;
    }

    /** An array of at least {@code size} entries for a packed operand. */
    double[] packed(int size) {
        if (packed.length < size) {
            packed = new double[size];
        }
        return packed;
    }

    /** An accumulator row of at least {@code size} entries. */
    double[] accumulator(int size) {
        if (accumulator.length < size) {
            accumulator = new double[size];
        }
        return accumulator;
    }
}
