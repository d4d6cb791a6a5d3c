package io.relulab.math;

/**
 * The reusable scratch of the product kernels ({@link MatrixKernels}), owned by one thread of work (the dense
 * layers use {@link #ofCurrentThread()}): each buffer grows to the largest shape it has served and never shrinks,
 * so that once every shape has run, a product allocates nothing. What a kernel keeps here is its own business — the
 * scalar kernels split an operand into zero-offset rows, the vector kernels pack one into column panels — and is
 * overwritten by the next product. Not thread-safe: one instance per thread of work.
 */
public final class ProductBuffers {

    private static final ThreadLocal<ProductBuffers> OF_THREAD = ThreadLocal.withInitial(ProductBuffers::new);

    private double[][] rows = new double[0][];
    private double[] packed = new double[0];
    private double[] accumulator = new double[0];

    /**
     * The buffers of the calling thread, which every dense layer's products on that thread share (a product's scratch
     * lives only during the call, so layers and networks may take turns). Shared, they are grown once per thread, by
     * its first trial: a later trial of the same shapes never grows them. That matters for speed only, but much: C2
     * compiles the kernels after the first calls, from a profile in which the buffers were always big enough, and so
     * leaves the growth out of the compiled code; a layer with buffers of its own grew them in each new trial's first
     * product, and that sent the largest kernels back to the interpreter to be compiled again.
     */
    public static ProductBuffers ofCurrentThread() {
        return OF_THREAD.get();
    }

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
