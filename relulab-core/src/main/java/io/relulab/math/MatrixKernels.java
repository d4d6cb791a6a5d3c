package io.relulab.math;

import java.util.Arrays;

/**
 * The matrix kernels of the engine, on row-major arrays with explicit shapes.
 *
 * <p>Three product forms are provided, none of which materialises a transpose of its operands:
 * <ul>
 *   <li>{@link #multiplyAccumulate} — C += A·B, as used by a dense layer's forward pass Z = X·W + b;</li>
 *   <li>{@link #multiplyTransposedLeft} — C = Aᵀ·B, the weight gradient ∂L/∂W = Xᵀ·∂L/∂Z;</li>
 *   <li>{@link #multiplyTransposedRight} — C = A·Bᵀ, the input gradient ∂L/∂X = ∂L/∂Z·Wᵀ.</li>
 * </ul>
 *
 * <p>Two implementations: vector kernels written with the JDK's Vector API, run while {@link VectorModule} says they
 * are engaged (the JVM was started with {@code --add-modules jdk.incubator.vector}, {@code relulab.vector} is not
 * false, and nothing disengaged them), else plain Java loops that HotSpot's C2 auto-vectorises where it can; every
 * call reads that choice, so it may change between any two calls ({@link #implementation()} names the current one).
 * <b>Both give the same bits</b> (tested bit for bit on random shapes), so the choice changes speed only. The
 * {@code relulab} launcher adds the module and lets a run engage the vector kernels only when its planned work repays
 * their warm-up ({@link VectorModule#planWork}): on JDK 17, vector code runs boxed until C2 has compiled it. Vector
 * code is fast
 * only where C2 applies its intrinsics, which it cannot do in a method it inlines too deep (JDK 17's
 * {@code MaxInlineLevel}); a JVM with the module should therefore add
 * {@code -XX:CompileCommand=dontinline,io.relulab.math.Vector*::*InPlace} and
 * {@code -XX:CompileCommand=dontinline,io.relulab.math.VectorProductKernels::multiply*} (as the JMH benchmarks do).
 *
 * <p>Summation order (the contract of both): every result entry is accumulated in increasing order of the
 * reduction index, starting from its previous value (C += A·B) or from zero, one term at a time, each one
 * {@link Math#fma} (rounded once) — in every product, on every machine ({@link #FUSED_MULTIPLY_ADD}). Results
 * therefore do not depend on blocking, vector width, thread count, processor, or whether the code is interpreted or
 * compiled (Java floating point, {@code Math.fma} included, is strict).
 *
 * <p>Arrays may be longer than the shapes require (the engine reuses buffers sized for its largest batch);
 * only the leading {@code rows × columns} entries are read or written. The result must not alias an operand.
 * Every product works on flat row-major arrays; its scratch comes from the caller's {@link ProductBuffers} (the
 * overloads without one allocate a fresh one), so the engine's products allocate nothing.
 */
public final class MatrixKernels {

    /**
     * Whether the products add their terms with one fused multiply-add ({@link Math#fma}) each: true, in all
     * three products and on every machine, so that the same seed gives the same bits everywhere. Chosen over a
     * separate multiply and add (which A·B and Aᵀ·B used before) because it is one instruction instead of two on the
     * processors the engine runs on: measured faster in the vector kernels, and no slower in the plain loops (README,
     * "Performance").
     * On a processor without FMA ({@link #hardwareFusedMultiplyAdd()} false — pre-2013 x86, some emulators)
     * {@code Math.fma} is computed exactly in software and training is much slower, but gives the same numbers.
     */
    public static final boolean FUSED_MULTIPLY_ADD = true;

    /** The vector kernels when this JVM can run them, else {@code null}; which of the two runs is read per call. */
    private static final ProductKernels VECTOR = chooseVector();

    private MatrixKernels() {
    }

    /**
     * Whether this JVM runs {@link Math#fma} as a processor instruction (HotSpot's {@code UseFMA} flag; false
     * when it cannot tell): it changes speed only, never results. Asked of the JVM on the first call, not when the
     * kernels load (it needs {@code java.management}).
     */
    public static boolean hardwareFusedMultiplyAdd() {
        return HardwareFma.PRESENT;
    }

    /** Holds {@link #hardwareFusedMultiplyAdd()}'s answer, found when it is first asked for. */
    private static final class HardwareFma {
        static final boolean PRESENT = detectFusedMultiplyAdd();
    }

    /**
     * The product kernels in use now: {@code "vector-N"} (the Vector API with N-bit vectors) or {@code "scalar"}.
     * For provenance; results are the same either way.
     */
    public static String implementation() {
        return kernels().name();
    }

    /** The kernels of this call: the vector ones while {@link VectorModule#engaged()}, else the plain loops. */
    private static ProductKernels kernels() {
        return VECTOR != null && VectorModule.engaged() ? VECTOR : ScalarProductKernels.INSTANCE;
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

    /** The vector kernels when this JVM can run them ({@link VectorModule#available()}) and they pay, else null. */
    private static ProductKernels chooseVector() {
        return VectorModule.supports(() -> VectorProductKernels.worthwhile()) ? VectorProductKernels.INSTANCE : null;
    }

    /** One term of a product: {@code Math.fma(x, y, s)} (see {@link #FUSED_MULTIPLY_ADD}). */
    public static double multiplyAdd(double x, double y, double s) {
        return Math.fma(x, y, s);
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
     * C += A·B, where A is m × k, B is k × n and C is m × n (all flat): C[r][j] += Σₚ A[r][p]·B[p][j] (p increasing).
     */
    public static void multiplyAccumulate(double[] a, double[] b, double[] c, int m, int k, int n, ProductBuffers buffers) {
        if (n == 1) {
            multiplyColumn(a, b, c, m, k, c, 1);
        } else {
            kernels().multiplyAccumulate(a, b, c, m, k, n, c, 0, n, buffers);
        }
    }

    /**
     * C = 1·rowᵀ + A·B (overwriting C), A m × k, B k × n, C m × n, all flat: C[r][j] = row[j] + Σₚ A[r][p]·B[p][j],
     * the sum starting from row[j] and taken in increasing p — a dense layer's Z = X·W + b, the same bits as
     * {@link #broadcastRows} followed by {@link #multiplyAccumulate}.
     */
    public static void multiplyAddRow(double[] a, double[] b, double[] row, double[] c, int m, int k, int n,
                                      ProductBuffers buffers) {
        if (n == 1) {
            multiplyColumn(a, b, c, m, k, row, 0);
        } else {
            kernels().multiplyAccumulate(a, b, c, m, k, n, row, 0, 0, buffers);
        }
    }

    /**
     * c[r] = start[r·startStride] + Σₚ A[r][p]·b[p] (p increasing, one fma per term): A·B for a single column b
     * (n = 1), four rows at a time — four independent sums, each still in order of p, hide the fma's latency.
     */
    private static void multiplyColumn(double[] a, double[] b, double[] c, int m, int k, double[] start, int startStride) {
        int r = 0;
        for (; r + 3 < m; r += 4) {
            int a0 = r * k;
            int a1 = a0 + k;
            int a2 = a1 + k;
            int a3 = a2 + k;
            double s0 = start[r * startStride];
            double s1 = start[(r + 1) * startStride];
            double s2 = start[(r + 2) * startStride];
            double s3 = start[(r + 3) * startStride];
            for (int p = 0; p < k; p++) {
                double w = b[p];
                s0 = Math.fma(a[a0 + p], w, s0);
                s1 = Math.fma(a[a1 + p], w, s1);
                s2 = Math.fma(a[a2 + p], w, s2);
                s3 = Math.fma(a[a3 + p], w, s3);
            }
            c[r] = s0;
            c[r + 1] = s1;
            c[r + 2] = s2;
            c[r + 3] = s3;
        }
        for (; r < m; r++) {
            int aRow = r * k;
            double sum = start[r * startStride];
            for (int p = 0; p < k; p++) {
                sum = Math.fma(a[aRow + p], b[p], sum);
            }
            c[r] = sum;
        }
    }

    /** C += A·B on flat arrays (A m × k, B k × n, C m × n), allocating its scratch; see the buffered form. */
    public static void multiplyAccumulate(double[] a, double[] b, double[] c, int m, int k, int n) {
        multiplyAccumulate(a, b, c, m, k, n, new ProductBuffers());
    }

    /** C = A·B (overwriting C) on flat arrays; same order as {@link #multiplyAccumulate} from zero. */
    public static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        Arrays.fill(c, 0, m * n, 0.0);
        multiplyAccumulate(a, b, c, m, k, n);
    }

    /**
     * C = Aᵀ·B (overwriting C), where A is m × k, B is m × n and C is k × n (all flat):
     * C[i][j] = Σᵣ A[r][i]·B[r][j] (r increasing, starting from zero); when {@code columnSums} is not null, also
     * columnSums[j] = Σᵣ B[r][j] (r increasing, from zero) — a dense layer's ∂L/∂W = Xᵀ·G and ∂L/∂b in one pass
     * over G.
     */
    public static void multiplyTransposedLeft(double[] a, double[] b, double[] c, int m, int k, int n,
                                              double[] columnSums, ProductBuffers buffers) {
        kernels().multiplyTransposedLeft(a, b, c, m, k, n, columnSums, buffers);
    }

    /** C = Aᵀ·B on flat arrays (A m × k, B m × n, C k × n), allocating its scratch; see the buffered form. */
    public static void multiplyTransposedLeft(double[] a, double[] b, double[] c, int m, int k, int n) {
        multiplyTransposedLeft(a, b, c, m, k, n, null, new ProductBuffers());
    }

    /**
     * C = A·Bᵀ (overwriting C), where A is m × k, B is n × k and C is m × n (all flat):
     * C[r][i] = Σⱼ A[r][j]·B[i][j] (j increasing, from zero, one {@link Math#fma} per term).
     */
    public static void multiplyTransposedRight(double[] a, double[] b, double[] c, int m, int k, int n,
                                               ProductBuffers buffers) {
        kernels().multiplyTransposedRight(a, b, c, m, k, n, buffers);
    }

    /**
     * C = a·bᵀ (overwriting C) for a column a of length m and a row b of length n: C[r][i] = fma(a[r], b[i], +0.0)
     * (A·Bᵀ with a reduction of width 1, the same bits).
     *
     * @param accumulator scratch of at least n entries
     */
    public static void outerProduct(double[] a, double[] b, double[] c, int m, int n, double[] accumulator) {
        for (int r = 0; r < m; r++) {
            double x = a[r];
            for (int i = 0; i < n; i++) {
                accumulator[i] = Math.fma(x, b[i], 0.0);
            }
            System.arraycopy(accumulator, 0, c, r * n, n);
        }
    }

    /** C = A·Bᵀ on flat arrays (A m × k, B n × k, C m × n), allocating its scratch; same order as the buffered form. */
    public static void multiplyTransposedRight(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (k == 1) {
            outerProduct(a, b, c, m, n, new double[n]);
            return;
        }
        multiplyTransposedRight(a, b, c, m, k, n, new ProductBuffers());
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
