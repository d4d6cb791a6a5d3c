package io.relulab.math;

import java.util.Arrays;

/**
 * The products in plain Java, written for HotSpot's C2 auto-vectoriser (JDK 17), which vectorises a loop only
 * when all its array indices share the same loop-invariant offset — which a row-major product never offers. So
 * the operand that the inner loop streams comes as separate zero-offset row arrays, and result rows are
 * accumulated in a zero-offset accumulator: the inner loops are contiguous "axpy" loops that C2 turns into
 * vector instructions, blocked over four terms of the reduction so the accumulator is loaded and stored once
 * per four terms (with five or more streams C2 falls back to scalar code). A·Bᵀ is a set of dot products,
 * scalar without a transpose; it runs eight independent accumulators (two rows × four columns), one
 * {@link Math#fma} per term. Order of terms as {@link ProductKernels} requires.
 */
final class ScalarProductKernels implements ProductKernels {

    static final ScalarProductKernels INSTANCE = new ScalarProductKernels();

    private ScalarProductKernels() {
    }

    /**
     * acc[j] += Σ_q x_q·rows[q][j] for q = 0..count−1, term by term in order of q, with
     * x_q = {@code x[xOffset + q·xStride]}; blocks of four terms share one load and store of acc.
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
                acc[j] = acc[j] + x0 * r0[j] + x1 * r1[j] + x2 * r2[j] + x3 * r3[j];
            }
        }
        for (; q < count; q++) {
            double x0 = x[xOffset + q * xStride];
            double[] r0 = rows[q];
            for (int j = 0; j < n; j++) {
                acc[j] += x0 * r0[j];
            }
        }
    }

    @Override
    public void multiplyAccumulate(double[] a, double[][] bRows, double[] c, int m, int k, int n, double[] accumulator) {
        for (int r = 0; r < m; r++) {
            System.arraycopy(c, r * n, accumulator, 0, n);
            accumulateRows(accumulator, n, bRows, k, a, r * k, 1);
            System.arraycopy(accumulator, 0, c, r * n, n);
        }
    }

    @Override
    public void multiplyTransposedLeft(double[] a, double[][] bRows, double[] c, int m, int k, int n, double[] accumulator) {
        for (int i = 0; i < k; i++) {
            Arrays.fill(accumulator, 0, n, 0.0);
            accumulateRows(accumulator, n, bRows, m, a, i, k);
            System.arraycopy(accumulator, 0, c, i * n, n);
        }
    }

    @Override
    public void multiplyTransposedRight(double[][] aRows, double[][] bRows, double[] c, int m, int k, int n, double[] scratch) {
        int r = 0;
        for (; r + 1 < m; r += 2) {
            double[] x0 = aRows[r];
            double[] x1 = aRows[r + 1];
            int c0 = r * n;
            int c1 = c0 + n;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                double[] y0 = bRows[i];
                double[] y1 = bRows[i + 1];
                double[] y2 = bRows[i + 2];
                double[] y3 = bRows[i + 3];
                double s00 = 0.0, s01 = 0.0, s02 = 0.0, s03 = 0.0;
                double s10 = 0.0, s11 = 0.0, s12 = 0.0, s13 = 0.0;
                for (int j = 0; j < k; j++) {
                    double u = x0[j];
                    double v = x1[j];
                    double w0 = y0[j];
                    double w1 = y1[j];
                    double w2 = y2[j];
                    double w3 = y3[j];
                    s00 = Math.fma(u, w0, s00);
                    s01 = Math.fma(u, w1, s01);
                    s02 = Math.fma(u, w2, s02);
                    s03 = Math.fma(u, w3, s03);
                    s10 = Math.fma(v, w0, s10);
                    s11 = Math.fma(v, w1, s11);
                    s12 = Math.fma(v, w2, s12);
                    s13 = Math.fma(v, w3, s13);
                }
                c[c0 + i] = s00;
                c[c0 + i + 1] = s01;
                c[c0 + i + 2] = s02;
                c[c0 + i + 3] = s03;
                c[c1 + i] = s10;
                c[c1 + i + 1] = s11;
                c[c1 + i + 2] = s12;
                c[c1 + i + 3] = s13;
            }
            for (; i < n; i++) {
                double[] y = bRows[i];
                double s0 = 0.0;
                double s1 = 0.0;
                for (int j = 0; j < k; j++) {
                    s0 = Math.fma(x0[j], y[j], s0);
                    s1 = Math.fma(x1[j], y[j], s1);
                }
                c[c0 + i] = s0;
                c[c1 + i] = s1;
            }
        }
        for (; r < m; r++) {
            double[] x = aRows[r];
            int cRow = r * n;
            for (int i = 0; i < n; i++) {
                double[] y = bRows[i];
                double s = 0.0;
                for (int j = 0; j < k; j++) {
                    s = Math.fma(x[j], y[j], s);
                }
                c[cRow + i] = s;
            }
        }
    }

    @Override
    public String name() {
        return "scalar";
    }
}
