package io.relulab.math;

/**
 * The three matrix products of the engine, as one implementation chosen at start-up by {@link MatrixKernels}:
 * {@link ScalarProductKernels} (plain Java loops, any JVM) or {@link VectorProductKernels} (the JDK's
 * {@code jdk.incubator.vector} API, when the module is present).
 *
 * <p>Contract shared by every implementation, so that they give the same bits: every result entry is the
 * terms of its sum added one at a time in increasing order of the reduction index, starting from the entry's
 * previous value (C += A·B) or from +0.0 (Aᵀ·B, A·Bᵀ); a term is s + x·y rounded twice in A·B and Aᵀ·B and
 * {@code Math.fma(x, y, s)} (rounded once) in A·Bᵀ. Shapes, row arrays and scratch as documented on
 * {@link MatrixKernels}.
 */
interface ProductKernels {

    /** C += A·B: A m × k (flat), B k × n as rows, C m × n (flat); {@code accumulator} ≥ n entries. */
    void multiplyAccumulate(double[] a, double[][] bRows, double[] c, int m, int k, int n, double[] accumulator);

    /** C = Aᵀ·B: A m × k (flat), B m × n as rows, C k × n (flat); {@code accumulator} ≥ n entries. */
    void multiplyTransposedLeft(double[] a, double[][] bRows, double[] c, int m, int k, int n, double[] accumulator);

    /**
     * C = A·Bᵀ: A m × k and B n × k as rows, C m × n (flat); {@code scratch} at least k + 1 rows of at least n
     * entries (Bᵀ, and one accumulator row).
     */
    void multiplyTransposedRight(double[][] aRows, double[][] bRows, double[] c, int m, int k, int n, double[][] scratch);

    /** A short name for provenance, e.g. {@code "scalar"} or {@code "vector-256"}. */
    String name();
}
