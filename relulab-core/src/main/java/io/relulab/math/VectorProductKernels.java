package io.relulab.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The products with the JDK's Vector API ({@code jdk.incubator.vector}, JEP 414 in JDK 17), in the processor's
 * widest double vectors ({@link DoubleVector#SPECIES_PREFERRED}: 4 lanes with AVX2, 8 with AVX-512, 2 with
 * NEON). Loaded only when the module is present ({@link MatrixKernels}); otherwise this class is never touched.
 *
 * <p>Same bits as {@link ScalarProductKernels}: the lanes of a vector are independent result entries (columns
 * of C), never parts of one sum, and every lane adds its terms in the order {@link ProductKernels} requires —
 * IEEE-754 {@code add}, {@code mul} and {@code fma} on a lane round exactly as the scalar operations do. Only
 * the loop structure differs: a panel of two result rows × four vectors stays in registers for the whole
 * reduction (the scalar form reloads its accumulator every four terms); columns beyond the last full vector
 * are summed one at a time, in the same order. A·Bᵀ first copies B transposed into scratch rows, so that its dot
 * products become the same kind of panel with {@code fma}.
 */
final class VectorProductKernels implements ProductKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int PANEL = 4 * LANES;

    static final VectorProductKernels INSTANCE = new VectorProductKernels();

    static {
        // load and initialise the vector classes of every panel before C2 compiles them: a compilation that meets an
        // unloaded vector class cannot use the intrinsics, and its code boxes every vector for good
        int n = PANEL + LANES + 1;
        double[] a = new double[3 * 3];
        double[][] rows = MatrixKernels.ensureRows(null, Math.max(3, n), n);
        double[] c = new double[3 * n];
        INSTANCE.multiplyAccumulate(a, rows, c, 3, 3, n, null);
        INSTANCE.multiplyTransposedLeft(a, rows, c, 3, 3, n, null);
        INSTANCE.multiplyTransposedRight(rows, rows, c, 3, 3, n, MatrixKernels.ensureRows(null, 4, n));
    }

    private VectorProductKernels() {
    }

    /** Whether the processor has vectors of at least two doubles (otherwise the scalar kernels are faster). */
    static boolean worthwhile() {
        return LANES >= 2;
    }

    @Override
    public void multiplyAccumulate(double[] a, double[][] bRows, double[] c, int m, int k, int n, double[] accumulator) {
        int r = 0;
        for (; r + 1 < m; r += 2) {
            accumulateTwoRows(c, r * n, false, bRows, k, a, r * k, (r + 1) * k, 1, n);
        }
        if (r < m) {
            accumulateOneRow(c, r * n, false, bRows, k, a, r * k, 1, n);
        }
    }

    @Override
    public void multiplyTransposedLeft(double[] a, double[][] bRows, double[] c, int m, int k, int n, double[] accumulator) {
        int i = 0;
        for (; i + 1 < k; i += 2) {
            accumulateTwoRows(c, i * n, true, bRows, m, a, i, i + 1, k, n);
        }
        if (i < k) {
            accumulateOneRow(c, i * n, true, bRows, m, a, i, k, n);
        }
    }

    /**
     * Rows c0 and c0 + n of C: C[row][j] (+)= Σ_q x_q·rows[q][j] (q increasing), x_q = x[off + q·stride] with
     * off = x0 for the first row and x1 for the second; from +0.0 when {@code fromZero}, else from C.
     */
    private static void accumulateTwoRows(double[] c, int c0, boolean fromZero, double[][] rows, int count,
                                          double[] x, int x0, int x1, int stride, int n) {
        int c1 = c0 + n;
        int j = 0;
        for (; j + PANEL <= n; j += PANEL) {
            DoubleVector s00 = start(c, c0 + j, fromZero);
            DoubleVector s01 = start(c, c0 + j + LANES, fromZero);
            DoubleVector s02 = start(c, c0 + j + 2 * LANES, fromZero);
            DoubleVector s03 = start(c, c0 + j + 3 * LANES, fromZero);
            DoubleVector s10 = start(c, c1 + j, fromZero);
            DoubleVector s11 = start(c, c1 + j + LANES, fromZero);
            DoubleVector s12 = start(c, c1 + j + 2 * LANES, fromZero);
            DoubleVector s13 = start(c, c1 + j + 3 * LANES, fromZero);
            for (int q = 0; q < count; q++) {
                double[] row = rows[q];
                double u = x[x0 + q * stride];
                double v = x[x1 + q * stride];
                DoubleVector b0 = DoubleVector.fromArray(SPECIES, row, j);
                DoubleVector b1 = DoubleVector.fromArray(SPECIES, row, j + LANES);
                DoubleVector b2 = DoubleVector.fromArray(SPECIES, row, j + 2 * LANES);
                DoubleVector b3 = DoubleVector.fromArray(SPECIES, row, j + 3 * LANES);
                s00 = s00.add(b0.mul(u));
                s01 = s01.add(b1.mul(u));
                s02 = s02.add(b2.mul(u));
                s03 = s03.add(b3.mul(u));
                s10 = s10.add(b0.mul(v));
                s11 = s11.add(b1.mul(v));
                s12 = s12.add(b2.mul(v));
                s13 = s13.add(b3.mul(v));
            }
            s00.intoArray(c, c0 + j);
            s01.intoArray(c, c0 + j + LANES);
            s02.intoArray(c, c0 + j + 2 * LANES);
            s03.intoArray(c, c0 + j + 3 * LANES);
            s10.intoArray(c, c1 + j);
            s11.intoArray(c, c1 + j + LANES);
            s12.intoArray(c, c1 + j + 2 * LANES);
            s13.intoArray(c, c1 + j + 3 * LANES);
        }
        for (; j + LANES <= n; j += LANES) {
            DoubleVector s0 = start(c, c0 + j, fromZero);
            DoubleVector s1 = start(c, c1 + j, fromZero);
            for (int q = 0; q < count; q++) {
                DoubleVector b = DoubleVector.fromArray(SPECIES, rows[q], j);
                s0 = s0.add(b.mul(x[x0 + q * stride]));
                s1 = s1.add(b.mul(x[x1 + q * stride]));
            }
            s0.intoArray(c, c0 + j);
            s1.intoArray(c, c1 + j);
        }
        for (; j < n; j++) {
            double s0 = fromZero ? 0.0 : c[c0 + j];
            double s1 = fromZero ? 0.0 : c[c1 + j];
            for (int q = 0; q < count; q++) {
                double b = rows[q][j];
                s0 += x[x0 + q * stride] * b;
                s1 += x[x1 + q * stride] * b;
            }
            c[c0 + j] = s0;
            c[c1 + j] = s1;
        }
    }

    /** As {@link #accumulateTwoRows} for the single row c0 of C. */
    private static void accumulateOneRow(double[] c, int c0, boolean fromZero, double[][] rows, int count,
                                         double[] x, int x0, int stride, int n) {
        int j = 0;
        for (; j + PANEL <= n; j += PANEL) {
            DoubleVector s0 = start(c, c0 + j, fromZero);
            DoubleVector s1 = start(c, c0 + j + LANES, fromZero);
            DoubleVector s2 = start(c, c0 + j + 2 * LANES, fromZero);
            DoubleVector s3 = start(c, c0 + j + 3 * LANES, fromZero);
            for (int q = 0; q < count; q++) {
                double[] row = rows[q];
                double u = x[x0 + q * stride];
                s0 = s0.add(DoubleVector.fromArray(SPECIES, row, j).mul(u));
                s1 = s1.add(DoubleVector.fromArray(SPECIES, row, j + LANES).mul(u));
                s2 = s2.add(DoubleVector.fromArray(SPECIES, row, j + 2 * LANES).mul(u));
                s3 = s3.add(DoubleVector.fromArray(SPECIES, row, j + 3 * LANES).mul(u));
            }
            s0.intoArray(c, c0 + j);
            s1.intoArray(c, c0 + j + LANES);
            s2.intoArray(c, c0 + j + 2 * LANES);
            s3.intoArray(c, c0 + j + 3 * LANES);
        }
        for (; j + LANES <= n; j += LANES) {
            DoubleVector s = start(c, c0 + j, fromZero);
            for (int q = 0; q < count; q++) {
                s = s.add(DoubleVector.fromArray(SPECIES, rows[q], j).mul(x[x0 + q * stride]));
            }
            s.intoArray(c, c0 + j);
        }
        for (; j < n; j++) {
            double s = fromZero ? 0.0 : c[c0 + j];
            for (int q = 0; q < count; q++) {
                s += x[x0 + q * stride] * rows[q][j];
            }
            c[c0 + j] = s;
        }
    }

    private static DoubleVector start(double[] c, int offset, boolean fromZero) {
        return fromZero ? DoubleVector.zero(SPECIES) : DoubleVector.fromArray(SPECIES, c, offset);
    }

    @Override
    public void multiplyTransposedRight(double[][] aRows, double[][] bRows, double[] c, int m, int k, int n, double[][] scratch) {
        // scratch = Bᵀ (k × n): column i of Bᵀ is row i of B, so C[r][·] = Σⱼ A[r][j]·Bᵀ[j][·] is a panel
        ScalarProductKernels.transpose(bRows, n, k, scratch);
        int r = 0;
        for (; r + 1 < m; r += 2) {
            fusedTwoRows(aRows[r], aRows[r + 1], bRows, scratch, c, r * n, k, n);
        }
        if (r < m) {
            fusedOneRow(aRows[r], bRows, scratch, c, r * n, k, n);
        }
    }

    /** Rows c0 and c0 + n of C = A·Bᵀ from A's rows x and y and Bᵀ (k × n, flat): fma per term, from +0.0. */
    private static void fusedTwoRows(double[] x, double[] y, double[][] bRows, double[][] transposed, double[] c,
                                     int c0, int k, int n) {
        int c1 = c0 + n;
        int i = 0;
        for (; i + PANEL <= n; i += PANEL) {
            DoubleVector s00 = DoubleVector.zero(SPECIES);
            DoubleVector s01 = s00;
            DoubleVector s02 = s00;
            DoubleVector s03 = s00;
            DoubleVector s10 = s00;
            DoubleVector s11 = s00;
            DoubleVector s12 = s00;
            DoubleVector s13 = s00;
            for (int j = 0; j < k; j++) {
                double[] t = transposed[j];
                DoubleVector b0 = DoubleVector.fromArray(SPECIES, t, i);
                DoubleVector b1 = DoubleVector.fromArray(SPECIES, t, i + LANES);
                DoubleVector b2 = DoubleVector.fromArray(SPECIES, t, i + 2 * LANES);
                DoubleVector b3 = DoubleVector.fromArray(SPECIES, t, i + 3 * LANES);
                DoubleVector u = DoubleVector.broadcast(SPECIES, x[j]);
                DoubleVector v = DoubleVector.broadcast(SPECIES, y[j]);
                s00 = u.fma(b0, s00);
                s01 = u.fma(b1, s01);
                s02 = u.fma(b2, s02);
                s03 = u.fma(b3, s03);
                s10 = v.fma(b0, s10);
                s11 = v.fma(b1, s11);
                s12 = v.fma(b2, s12);
                s13 = v.fma(b3, s13);
            }
            s00.intoArray(c, c0 + i);
            s01.intoArray(c, c0 + i + LANES);
            s02.intoArray(c, c0 + i + 2 * LANES);
            s03.intoArray(c, c0 + i + 3 * LANES);
            s10.intoArray(c, c1 + i);
            s11.intoArray(c, c1 + i + LANES);
            s12.intoArray(c, c1 + i + 2 * LANES);
            s13.intoArray(c, c1 + i + 3 * LANES);
        }
        for (; i + LANES <= n; i += LANES) {
            DoubleVector s0 = DoubleVector.zero(SPECIES);
            DoubleVector s1 = s0;
            for (int j = 0; j < k; j++) {
                DoubleVector b = DoubleVector.fromArray(SPECIES, transposed[j], i);
                s0 = DoubleVector.broadcast(SPECIES, x[j]).fma(b, s0);
                s1 = DoubleVector.broadcast(SPECIES, y[j]).fma(b, s1);
            }
            s0.intoArray(c, c0 + i);
            s1.intoArray(c, c1 + i);
        }
        for (; i < n; i++) {
            double[] row = bRows[i];
            double s0 = 0.0;
            double s1 = 0.0;
            for (int j = 0; j < k; j++) {
                s0 = Math.fma(x[j], row[j], s0);
                s1 = Math.fma(y[j], row[j], s1);
            }
            c[c0 + i] = s0;
            c[c1 + i] = s1;
        }
    }

    /** As {@link #fusedTwoRows} for the single row c0 of C. */
    private static void fusedOneRow(double[] x, double[][] bRows, double[][] transposed, double[] c, int c0, int k, int n) {
        int i = 0;
        for (; i + LANES <= n; i += LANES) {
            DoubleVector s = DoubleVector.zero(SPECIES);
            for (int j = 0; j < k; j++) {
                s = DoubleVector.broadcast(SPECIES, x[j]).fma(DoubleVector.fromArray(SPECIES, transposed[j], i), s);
            }
            s.intoArray(c, c0 + i);
        }
        for (; i < n; i++) {
            double[] row = bRows[i];
            double s = 0.0;
            for (int j = 0; j < k; j++) {
                s = Math.fma(x[j], row[j], s);
            }
            c[c0 + i] = s;
        }
    }

    @Override
    public String name() {
        return "vector-" + SPECIES.vectorBitSize();
    }
}
