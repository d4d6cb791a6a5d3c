package io.relulab.math;

import java.util.Arrays;

/**
 * The matrix kernels of the engine, on row-major arrays with explicit shapes.
 *
 * <p>Three product forms are provided, none of which materialises a transpose:
 * <ul>
 *   <li>{@link #multiplyAccumulate} — C += A·B, as used by a dense layer's forward pass Z = X·W + b;</li>
 *   <li>{@link #multiplyTransposedLeft} — C = Aᵀ·B, the weight gradient ∂L/∂W = Xᵀ·∂L/∂Z;</li>
 *   <li>{@link #multiplyTransposedRight} — C = A·Bᵀ, the input gradient ∂L/∂X = ∂L/∂Z·Wᵀ.</li>
 * </ul>
 *
 * <p>Written for the JIT. HotSpot's C2 (JDK 17) vectorises a loop only when all its array indices share the
 * same loop-invariant offset, which a row-major product never offers (row r of C starts at r·n, row p of B at
 * p·n; measured: such a loop runs at scalar speed). So the operand that the inner loop streams is passed as
 * separate zero-offset row arrays ({@link #splitRows}: the same layout, not a transpose), and result rows are
 * accumulated in a zero-offset accumulator; the inner loops are then contiguous "axpy" loops that C2 turns into
 * vector instructions. They are blocked over four terms of the reduction, so the accumulator is loaded and
 * stored once per four terms (with five or more operand streams, C2 falls back to scalar code). The A·Bᵀ form is
 * a set of dot products, inherently scalar without a transpose; it runs eight independent accumulators (two
 * rows × four columns) and, where the processor has it ({@link #FUSED_MULTIPLY_ADD}), one fused multiply-add per
 * term (1.5× faster than a multiply and an add). Reductions of width 1 (a single output unit)
 * take a loop order that keeps the inner loop long. A caller that keeps its row arrays (a dense layer keeps its
 * kernel rows from the forward pass for the backward pass) splits each matrix once.
 *
 * <p>Summation order: every result entry is accumulated in increasing order of the reduction index, starting
 * from its previous value (or zero), one term at a time (s + x·y rounded twice, or once with
 * {@link #FUSED_MULTIPLY_ADD} in A·Bᵀ); so results do not depend on blocking, vector width, thread count or
 * whether the code is interpreted or compiled (Java floating point, {@code Math.fma} included, is strict). They
 * can differ in the last bits between a machine with fused multiply-add and one without.
 *
 * <p>Arrays may be longer than the shapes require (the engine reuses buffers sized for its largest batch);
 * only the leading {@code rows × columns} entries are read or written. The result must not alias an operand.
 * The flat-array overloads split into temporary rows (allocating); the engine uses the row forms.
 */
public final class MatrixKernels {

    /**
     * Whether the A·Bᵀ dot products use {@link Math#fma}: true when HotSpot compiles it to a processor instruction
     * (its {@code UseFMA} flag, on for every x86-64 processor since 2013 and for ARMv8). Without the instruction
     * {@code Math.fma} is exact but computed in software, about a hundred times slower (e.g. an x86 JVM under an
     * emulator that hides FMA), so the kernels then use a separate multiply and add.
     */
    public static final boolean FUSED_MULTIPLY_ADD = detectFusedMultiplyAdd();

    private MatrixKernels() {
    }

    private static boolean detectFusedMultiplyAdd() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean diagnostics =
                    java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return diagnostics != null && "true".equals(diagnostics.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** One term of a dot product: s + x·y, fused when {@link #FUSED_MULTIPLY_ADD}. */
    public static double multiplyAdd(double x, double y, double s) {
        return FUSED_MULTIPLY_ADD ? Math.fma(x, y, s) : s + x * y;
    }

    /**
     * Returns {@code rows} if it holds at least {@code count} arrays of at least {@code width} entries, else a
     * new, larger set (the buffers of a caller that reuses them).
     */
    public static double[][] ensureRows(double[][] rows, int count, int width) {
        if (rows != null && rows.length >= count && (rows.length == 0 || rows[0].length >= width)) {
            return rows;
        }
        int length = Math.max(width, rows != null && rows.length > 0 ? rows[0].length : 0);
        double[][] grown = new double[Math.max(count, rows == null ? 0 : rows.length)][];
        for (int i = 0; i < grown.length; i++) {
            grown[i] = new double[length];
        }
        return grown;
    }

    /** Copies the leading rows × columns entries of a row-major array into separate row arrays. */
    public static void splitRows(double[] source, int rows, int columns, double[][] target) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(source, r * columns, target[r], 0, columns);
        }
    }

    /**
     * acc[j] += Σ_q x_q·rows[q][j] for q = 0..count−1, term by term in order of q, with
     * x_q = {@code x[xOffset + q·xStride]}; blocks of four terms share one load and store of acc.
     */
    private static void accumulateRows(double[] acc, int n, double[][] rows, int count, double[] x, int xOffset, int xStride) {
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

    /**
     * C += A·B, where A is m × k (flat), B is k × n given as rows, C is m × n (flat):
     * C[r][j] += Σₚ A[r][p]·B[p][j] (p increasing).
     *
     * @param accumulator scratch of at least n entries
     */
    public static void multiplyAccumulate(double[] a, double[][] bRows, double[] c, int m, int k, int n, double[] accumulator) {
        for (int r = 0; r < m; r++) {
            System.arraycopy(c, r * n, accumulator, 0, n);
            accumulateRows(accumulator, n, bRows, k, a, r * k, 1);
            System.arraycopy(accumulator, 0, c, r * n, n);
        }
    }

    /** C += A·B on flat arrays (A m × k, B k × n, C m × n); same order as the row form. */
    public static void multiplyAccumulate(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (n == 1) {
            for (int r = 0; r < m; r++) {
                int aRow = r * k;
                double sum = c[r];
                for (int p = 0; p < k; p++) {
                    sum += a[aRow + p] * b[p];
                }
                c[r] = sum;
            }
            return;
        }
        double[][] bRows = ensureRows(null, k, n);
        splitRows(b, k, n, bRows);
        multiplyAccumulate(a, bRows, c, m, k, n, new double[n]);
    }

    /** C = A·B (overwriting C) on flat arrays; same order as {@link #multiplyAccumulate} from zero. */
    public static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        Arrays.fill(c, 0, m * n, 0.0);
        multiplyAccumulate(a, b, c, m, k, n);
    }

    /**
     * C = Aᵀ·B (overwriting C), where A is m × k (flat), B is m × n given as rows, C is k × n (flat):
     * C[i][j] = Σᵣ A[r][i]·B[r][j] (r increasing, starting from zero).
     *
     * @param accumulator scratch of at least n entries
     */
    public static void multiplyTransposedLeft(double[] a, double[][] bRows, double[] c, int m, int k, int n, double[] accumulator) {
        for (int i = 0; i < k; i++) {
            Arrays.fill(accumulator, 0, n, 0.0);
            accumulateRows(accumulator, n, bRows, m, a, i, k);
            System.arraycopy(accumulator, 0, c, i * n, n);
        }
    }

    /**
     * c[i] = Σᵣ A[r][i]·b[r] (r increasing, from zero), i.e. C = Aᵀ·b for a single column b: A (m × k) given as
     * rows, b of length m, c of length k. The weight gradient of a layer with one output unit.
     */
    public static void multiplyTransposedLeftByColumn(double[][] aRows, double[] b, double[] c, int m, int k) {
        Arrays.fill(c, 0, k, 0.0);
        accumulateRows(c, k, aRows, m, b, 0, 1);
    }

    /** C = Aᵀ·B on flat arrays (A m × k, B m × n, C k × n); same order as the row forms. */
    public static void multiplyTransposedLeft(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (n == 1) {
            double[][] aRows = ensureRows(null, m, k);
            splitRows(a, m, k, aRows);
            double[] column = new double[k];
            multiplyTransposedLeftByColumn(aRows, b, column, m, k);
            System.arraycopy(column, 0, c, 0, k);
            return;
        }
        double[][] bRows = ensureRows(null, m, n);
        splitRows(b, m, n, bRows);
        multiplyTransposedLeft(a, bRows, c, m, k, n, new double[n]);
    }

    /**
     * C = A·Bᵀ (overwriting C), where A is m × k and B is n × k, both given as rows, and C is m × n (flat):
     * C[r][i] = Σⱼ A[r][j]·B[i][j] (j increasing, starting from zero).
     *
     * <p>Each term is {@link #multiplyAdd}, whose test of the static final {@link #FUSED_MULTIPLY_ADD} the JIT
     * folds away, so one loop nest compiles to the fused or the separate form with nothing tested per term.
     */
    public static void multiplyTransposedRight(double[][] aRows, double[][] bRows, double[] c, int m, int k, int n) {
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
                    s00 = multiplyAdd(u, w0, s00);
                    s01 = multiplyAdd(u, w1, s01);
                    s02 = multiplyAdd(u, w2, s02);
                    s03 = multiplyAdd(u, w3, s03);
                    s10 = multiplyAdd(v, w0, s10);
                    s11 = multiplyAdd(v, w1, s11);
                    s12 = multiplyAdd(v, w2, s12);
                    s13 = multiplyAdd(v, w3, s13);
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
                    s0 = multiplyAdd(x0[j], y[j], s0);
                    s1 = multiplyAdd(x1[j], y[j], s1);
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
                    s = multiplyAdd(x[j], y[j], s);
                }
                c[cRow + i] = s;
            }
        }
    }

    /**
     * C = a·bᵀ (overwriting C) for a column a of length m and a row b of length n: C[r][i] = 0 + a[r]·b[i]
     * (A·Bᵀ with a reduction of width 1).
     *
     * @param accumulator scratch of at least n entries
     */
    public static void outerProduct(double[] a, double[] b, double[] c, int m, int n, double[] accumulator) {
        for (int r = 0; r < m; r++) {
            double x = a[r];
            for (int i = 0; i < n; i++) {
                accumulator[i] = 0.0 + x * b[i];
            }
            System.arraycopy(accumulator, 0, c, r * n, n);
        }
    }

    /** C = A·Bᵀ on flat arrays (A m × k, B n × k, C m × n); same order as the row forms. */
    public static void multiplyTransposedRight(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (k == 1) {
            outerProduct(a, b, c, m, n, new double[n]);
            return;
        }
        double[][] aRows = ensureRows(null, m, k);
        double[][] bRows = ensureRows(null, n, k);
        splitRows(a, m, k, aRows);
        splitRows(b, n, k, bRows);
        multiplyTransposedRight(aRows, bRows, c, m, k, n);
    }

    /** Sets every one of the m rows of C (m × n) to {@code row}. */
    public static void broadcastRows(double[] row, double[] c, int m, int n) {
        for (int r = 0; r < m; r++) {
            System.arraycopy(row, 0, c, r * n, n);
        }
    }

    /** out[j] = Σᵣ A[r][j] (r increasing, from zero), where A is m × n (flat); overwrites out[0..n). */
    public static void sumColumns(double[] a, double[] out, int m, int n) {
        Arrays.fill(out, 0, n, 0.0);
        for (int r = 0; r < m; r++) {
            int row = r * n;
            for (int j = 0; j < n; j++) {
                out[j] += a[row + j];
            }
        }
    }

    /** out[j] = Σᵣ rows[r][j] (r increasing, from zero) over m rows of n entries; overwrites out[0..n). */
    public static void sumRows(double[][] rows, double[] out, int m, int n) {
        Arrays.fill(out, 0, n, 0.0);
        int r = 0;
        for (; r + 3 < m; r += 4) {
            double[] r0 = rows[r];
            double[] r1 = rows[r + 1];
            double[] r2 = rows[r + 2];
            double[] r3 = rows[r + 3];
            for (int j = 0; j < n; j++) {
                out[j] = out[j] + r0[j] + r1[j] + r2[j] + r3[j];
            }
        }
        for (; r < m; r++) {
            double[] r0 = rows[r];
            for (int j = 0; j < n; j++) {
                out[j] += r0[j];
            }
        }
    }
}
