package io.relulab.math;

/**
 * The three matrix products of the engine, as one implementation chosen per call by {@link MatrixKernels}:
 * {@link ScalarProductKernels} (plain Java loops, any JVM) or {@link VectorProductKernels} (the JDK's
 * {@code jdk.incubator.vector} API, when the module is present).
 *
 * <p>Contract shared by every implementation, so that they give the same bits: every result entry is the
 * terms of its sum added one at a time in increasing order of the reduction index, starting from the entry's
 * start value (C = S + A·B) or from +0.0 (Aᵀ·B, A·Bᵀ); every term is
 * {@code Math.fma(x, y, s)}, rounded once, in all three products; column sums add rows in increasing order from +0.0. All
 * operands are flat row-major arrays, possibly longer than their shapes; only the leading entries are read or
 * written, and the result aliases no operand. How an implementation lays out its operands internally (zero-offset
 * rows, packed panels) is its own choice, in the caller's {@link ProductBuffers}.
 */
interface ProductKernels {

    /**
     * C = S + A·B: A m × k, B k × n, C m × n; the start value of entry (r, j) is
     * {@code start[startOffset + r·startRowStride + j]} — {@code start = c, startRowStride = n} accumulates into C,
     * {@code startRowStride = 0} starts every row from the same row (a bias). {@code start} may be C itself.
     */
    void multiplyAccumulate(double[] a, double[] b, double[] c, int m, int k, int n,
                            double[] start, int startOffset, int startRowStride, ProductBuffers buffers);

    /**
     * C = Aᵀ·B: A m × k, B m × n, C k × n; when {@code columnSums} is not null, also columnSums[j] = Σᵣ B[r][j]
     * (n entries).
     */
    void multiplyTransposedLeft(double[] a, double[] b, double[] c, int m, int k, int n, double[] columnSums,
                                ProductBuffers buffers);

    /** C = A·Bᵀ: A m × k, B n × k, C m × n. */
    void multiplyTransposedRight(double[] a, double[] b, double[] c, int m, int k, int n, ProductBuffers buffers);

    /** A short name for provenance, e.g. {@code "scalar"} or {@code "vector-256"}. */
    String name();
}
