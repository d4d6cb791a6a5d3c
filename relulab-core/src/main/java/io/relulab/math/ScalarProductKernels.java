package io.relulab.math;

import java.util.Arrays;

/**
 * The products in plain Java, written for HotSpot's C2 auto-vectoriser (JDK 17), which vectorises a loop only
 * when all its array indices share the same loop-invariant offset — which a row-major product never offers. So
 * the operand that the inner loop streams is first split into separate zero-offset row arrays (in the caller's
 * {@link ProductBuffers}), and result rows are
 * accumulated in a zero-offset accumulator: the inner loops are contiguous "axpy" loops that C2 turns into
 * vector instructions, blocked over four terms of the reduction so the accumulator is loaded and stored once
 * per four terms (with five or more streams C2 falls back to scalar code). A·Bᵀ first copies B transposed into
 * scratch rows, so that its dot products become the same kind of loop. Every term is one {@link Math#fma}, in the
 * order {@link ProductKernels} requires.
 */
final class ScalarProductKernels implements ProductKernels {

    static final ScalarProductKernels INSTANCE = new ScalarProductKernels();

    private ScalarProductKernels() {
    }

    /**
     * acc[j] = fma(x_q, rows[q][j], acc[j]) for q = 0..count−1 in order, with x_q = {@code x[xOffset + q·xStride]};
     * blocks of four terms share one load and store of acc.
     */
    static void accumulateRows(double[] acc, int n, double[][] rows, int count, double[] x, int xOffset, int xStride) {
        int q = 0;
        for (; q + 3 < count; q += 4) {
            double x0 = x[xOffset + q * xStride];
            double x1 = x[xOffset + (q + 1) * xStride];
            double x2 = x[xOffset + (q + 2) * xStride];
            double x3 = x[xOffset + (q + 3) * xStride];
            double[] r0 = rows[q];
            double[] r1 = rows[q + 1];
            double[] r2 = rows[q + 2];
            double[] r3 = rows[q + 3];
            for (int j = 0; j < n; j++) {
                acc[j] = Math.fma(x3, r3[j], Math.fma(x2, r2[j], Math.fma(x1, r1[j], Math.fma(x0, r0[j], acc[j]))));
            }
        }
        for (; q < count; q++) {
            double x0 = x[xOffset + q * xStride];
            double[] r0 = rows[q];
            for (int j = 0; j < n; j++) {
                acc[j] = Math.fma(x0, r0[j], acc[j]);
            }
        }
    }

    /** Splits B into the buffers' zero-offset rows, then accumulates each row of C in the buffers' accumulator. */
    @Override
    public void multiplyAccumulate(double[] a, double[] b, double[] c, int m, int k, int n,
                                   double[] start, int startOffset, int startRowStride, ProductBuffers buffers) {
        double[][] bRows = buffers.rows(k, n);
        MatrixKernels.splitRows(b, k, n, bRows);
        double[] accumulator = buffers.accumulator(n);
        for (int r = 0; r < m; r++) {
            System.arraycopy(start, startOffset + r * startRowStride, accumulator, 0, n);
            accumulateRows(accumulator, n, bRows, k, a, r * k, 1);
            System.arraycopy(accumulator, 0, c, r * n, n);
        }
    }

    /** Splits B into the buffers' rows (which also give the column sums), then C row by row as A·B does. */
    @Override
    public void multiplyTransposedLeft(double[] a, double[] b, double[] c, int m, int k, int n, double[] columnSums,
                                       ProductBuffers buffers) {
        if (n == 1) {
            transposedLeftByColumn(a, b, c, m, k, columnSums, buffers);
            return;
        }
        double[][] bRows = buffers.rows(m, n);
        MatrixKernels.splitRows(b, m, n, bRows);
        double[] accumulator = buffers.accumulator(n);
        for (int i = 0; i < k; i++) {
            Arrays.fill(accumulator, 0, n, 0.0);
            accumulateRows(accumulator, n, bRows, m, a, i, k);
            System.arraycopy(accumulator, 0, c, i * n, n);
        }
        if (columnSums != null) {
            MatrixKernels.sumRows(bRows, columnSums, m, n);
        }
    }

    /**
     * Aᵀ·b for a single column b (n = 1): A split into rows, c = Σᵣ b[r]·A[r][·] accumulated in c itself (zero
     * offset), the terms of each entry in order of r as in the general form.
     */
    private static void transposedLeftByColumn(double[] a, double[] b, double[] c, int m, int k, double[] columnSums,
                                               ProductBuffers buffers) {
        double[][] aRows = buffers.rows(m, k);
        MatrixKernels.splitRows(a, m, k, aRows);
        Arrays.fill(c, 0, k, 0.0);
        accumulateRows(c, k, aRows, m, b, 0, 1);
        if (columnSums != null) {
            double sum = 0.0;
            for (int r = 0; r < m; r++) {
                sum += b[r];
            }
            columnSums[0] = sum;
        }
    }

    /**
     * A·Bᵀ as the same contiguous "axpy" loops as the other two products: B is first copied transposed into the
     * buffers' rows (Bᵀ[j][i] = B[i][j]), then row r of C is Σⱼ A[r][j]·Bᵀ[j][·] accumulated in one more row by
     * {@link #accumulateRows}, in order of j from +0.0 — the dot products' order, so the same bits as a dot product per
     * entry, but in loops C2 vectorises.
     */
    @Override
    public void multiplyTransposedRight(double[] a, double[] b, double[] c, int m, int k, int n, ProductBuffers buffers) {
        double[][] transposed = buffers.rows(k + 1, n);
        transpose(b, n, k, transposed);
        double[] acc = transposed[k];
        for (int r = 0; r < m; r++) {
            Arrays.fill(acc, 0, n, 0.0);
            accumulateRows(acc, n, transposed, k, a, r * k, 1);
            System.arraycopy(acc, 0, c, r * n, n);
        }
    }

    /** target[j][i] = source[i·width + j] for i &lt; count, j &lt; width (source flat, count × width). */
    static void transpose(double[] source, int count, int width, double[][] target) {
        for (int i = 0; i < count; i++) {
            int row = i * width;
            for (int j = 0; j < width; j++) {
                target[j][i] = source[row + j];
            }
        }
    }

    @Override
    public String name() {
        return "scalar";
    }
}
