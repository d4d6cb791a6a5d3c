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
 * the loop structure differs. The operand whose rows the lanes run along (B, or Bᵀ for A·Bᵀ) is first packed into
 * column panels {@link #WIDTH} entries wide — panel p holds B[q][p·WIDTH ..] for q = 0, 1, … one after the other —
 * and a block of {@link #ROWS} result rows × one panel stays in registers for the whole reduction. Every index of
 * that inner loop's packed operand is then the loop counter times a constant plus an invariant, which lets C2 drop
 * those bounds checks. The other operand is read in place (the flat rows of A). Entries outside whole blocks (the last m mod 4 rows, the last n mod WIDTH columns) are summed one at
 * a time, in the same order.
 *
 * <p>Each block and each packing loop is its own method named {@code *InPlace}, so that a JVM started with the
 * launcher's {@code dontinline} CompileCommands compiles it on its own (see {@link MatrixKernels}): measured, about
 * 3 µs per notebook step faster than the same blocks inlined into the products, whose larger compilations allocate
 * registers worse.
 */
final class VectorProductKernels implements ProductKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Columns per panel: two vectors. */
    static final int WIDTH = 2 * LANES;
    /** Result rows per block. */
    static final int ROWS = 4;

    /** The start values of a product that sums from +0.0 (read as every row's start, stride 0; never written). */
    private static final double[] ZERO_PANEL = new double[WIDTH];

    static final VectorProductKernels INSTANCE = new VectorProductKernels();

    static {
        // load and initialise the vector classes of every block before C2 compiles them: a compilation that meets an
        // unloaded vector class cannot use the intrinsics, and its code boxes every vector for good
        int m = ROWS + 1;
        int n = WIDTH + 1;
        double[] a = new double[m * n];
        double[] b = new double[n * n];
        double[] c = new double[m * n];
        ProductBuffers buffers = new ProductBuffers();
        INSTANCE.multiplyAccumulate(a, b, c, m, n, n, c, 0, n, buffers);
        INSTANCE.multiplyTransposedLeft(a, b, c, m, m, n, new double[n], buffers);
        INSTANCE.multiplyTransposedRight(a, b, c, m, n, n, buffers);
    }

    private VectorProductKernels() {
    }

    /** Whether the processor has vectors of at least two doubles (otherwise the scalar kernels are faster). */
    static boolean worthwhile() {
        return LANES >= 2;
    }

    @Override
    public void multiplyAccumulate(double[] a, double[] b, double[] c, int m, int k, int n,
                                   double[] start, int startOffset, int startRowStride, ProductBuffers buffers) {
        int panels = n / WIDTH;
        double[] packed = buffers.packed(panels * k * WIDTH);
        packColumnsInPlace(b, k, n, panels, packed, null);
        int r = 0;
        for (; r + ROWS <= m; r += ROWS) {
            multiplyBlockInPlace(a, r * k, k, packed, panels, c, r * n, n, start, startOffset + r * startRowStride,
                    startRowStride, WIDTH);
        }
        int columns = panels * WIDTH;
        multiplyEntries(a, b, c, 0, r, columns, n, k, n, start, startOffset, startRowStride);
        multiplyEntries(a, b, c, r, m, 0, n, k, n, start, startOffset, startRowStride);
    }

    @Override
    public void multiplyTransposedLeft(double[] a, double[] b, double[] c, int m, int k, int n, double[] columnSums,
                                       ProductBuffers buffers) {
        if (n == 1) {
            transposedLeftColumnInPlace(a, b, c, m, k);
            if (columnSums != null) {
                double s = 0.0;
                for (int r = 0; r < m; r++) {
                    s += b[r];
                }
                columnSums[0] = s;
            }
            return;
        }
        int panels = n / WIDTH;
        int blocks = k / ROWS;
        double[] packed = buffers.packed(panels * m * WIDTH);
        packColumnsInPlace(b, m, n, panels, packed, columnSums);
        for (int block = 0; block < blocks; block++) {
            transposedLeftBlockInPlace(a, block * ROWS, m, k, packed, panels, c, block * ROWS * n, n);
        }
        int columns = panels * WIDTH;
        transposedLeftEntries(a, b, c, 0, blocks * ROWS, columns, n, m, k, n);
        transposedLeftEntries(a, b, c, blocks * ROWS, k, 0, n, m, k, n);
        if (columnSums != null) {
            for (int j = columns; j < n; j++) {
                double s = 0.0;
                for (int r = 0; r < m; r++) {
                    s += b[r * n + j];
                }
                columnSums[j] = s;
            }
        }
    }

    @Override
    public void multiplyTransposedRight(double[] a, double[] b, double[] c, int m, int k, int n, ProductBuffers buffers) {
        int panels = n / WIDTH;
        double[] packed = buffers.packed(panels * k * WIDTH);
        packTransposedInPlace(b, k, panels, packed);
        int r = 0;
        for (; r + ROWS <= m; r += ROWS) {
            multiplyBlockInPlace(a, r * k, k, packed, panels, c, r * n, n, ZERO_PANEL, 0, 0, 0);
        }
        int columns = panels * WIDTH;
        transposedRightEntries(a, b, c, 0, r, columns, n, k, n);
        transposedRightEntries(a, b, c, r, m, 0, n, k, n);
    }

    /**
     * Aᵀ·b for a single column b (n = 1): the lanes are entries i of c, c[i] = Σ_q b[q]·A[q][i] (q in order, from
     * +0.0), read straight from A's rows.
     */
    static void transposedLeftColumnInPlace(double[] a, double[] b, double[] c, int m, int k) {
        int i = 0;
        for (; i + WIDTH <= k; i += WIDTH) {
            DoubleVector s0 = DoubleVector.zero(SPECIES);
            DoubleVector s1 = s0;
            for (int q = 0; q < m; q++) {
                DoubleVector x = DoubleVector.broadcast(SPECIES, b[q]);
                s0 = x.fma(DoubleVector.fromArray(SPECIES, a, q * k + i), s0);
                s1 = x.fma(DoubleVector.fromArray(SPECIES, a, q * k + i + LANES), s1);
            }
            s0.intoArray(c, i);
            s1.intoArray(c, i + LANES);
        }
        for (; i < k; i++) {
            double s = 0.0;
            for (int q = 0; q < m; q++) {
                s = Math.fma(b[q], a[q * k + i], s);
            }
            c[i] = s;
        }
    }

    /**
     * packed[p·rows·WIDTH + q·WIDTH + t] = source[q·n + p·WIDTH + t] for the first {@code panels} panels of the
     * rows × n matrix; with {@code columnSums}, also its entries p·WIDTH + t = Σ_q source[q][p·WIDTH + t] (q in order
     * from +0.0).
     */
    static void packColumnsInPlace(double[] source, int rows, int n, int panels, double[] packed, double[] columnSums) {
        for (int p = 0; p < panels; p++) {
            int base = p * rows * WIDTH;
            int column = p * WIDTH;
            DoubleVector s0 = DoubleVector.zero(SPECIES);
            DoubleVector s1 = s0;
            for (int q = 0; q < rows; q++) {
                DoubleVector v0 = DoubleVector.fromArray(SPECIES, source, q * n + column);
                DoubleVector v1 = DoubleVector.fromArray(SPECIES, source, q * n + column + LANES);
                v0.intoArray(packed, base + q * WIDTH);
                v1.intoArray(packed, base + q * WIDTH + LANES);
                s0 = s0.add(v0);
                s1 = s1.add(v1);
            }
            if (columnSums != null) {
                s0.intoArray(columnSums, column);
                s1.intoArray(columnSums, column + LANES);
            }
        }
    }

    /** packed[p·k·WIDTH + j·WIDTH + t] = b[(p·WIDTH + t)·k + j]: Bᵀ (B is n × k) in column panels. */
    static void packTransposedInPlace(double[] b, int k, int panels, double[] packed) {
        for (int p = 0; p < panels; p++) {
            int base = p * k * WIDTH;
            for (int t = 0; t < WIDTH; t++) {
                int row = (p * WIDTH + t) * k;
                for (int j = 0; j < k; j++) {
                    packed[base + j * WIDTH + t] = b[row + j];
                }
            }
        }
    }

    /**
     * Rows r..r+3 × the first {@code panels} panels of C = S + A·B, with a0 = r·k, one panel after the other:
     * C[r+i][col] = S[..] + Σ_q A[r+i][q]·B[q][col], one fma per term, panel p of B at p·k·WIDTH in {@code packed}
     * and of C at cRow + p·WIDTH, its start values at sRow + p·startPanelStride + i·startRowStride. Also A·Bᵀ's
     * block, with Bᵀ's panels and the start values {@link #ZERO_PANEL} (both strides 0). One call per row block,
     * not per panel (a call adds its argument and range checks to the loop). The reduction runs two terms per
     * iteration (after one alone for odd k), in the same order: the four row indices and the loop's own
     * instructions are then shared by two terms, so the loop spends fewer of its instructions on bookkeeping and
     * comes closer to the processor's fma throughput (README, "Performance").
     */
    static void multiplyBlockInPlace(double[] a, int a0, int k, double[] packed, int panels, double[] c, int cRow,
                                     int n, double[] start, int sRow, int startRowStride, int startPanelStride) {
        for (int p = 0; p < panels; p++) {
            int panel = p * k * WIDTH;
            int c0 = cRow + p * WIDTH;
            int s0 = sRow + p * startPanelStride;
            DoubleVector c00 = DoubleVector.fromArray(SPECIES, start, s0);
            DoubleVector c01 = DoubleVector.fromArray(SPECIES, start, s0 + LANES);
            DoubleVector c10 = DoubleVector.fromArray(SPECIES, start, s0 + startRowStride);
            DoubleVector c11 = DoubleVector.fromArray(SPECIES, start, s0 + startRowStride + LANES);
            DoubleVector c20 = DoubleVector.fromArray(SPECIES, start, s0 + 2 * startRowStride);
            DoubleVector c21 = DoubleVector.fromArray(SPECIES, start, s0 + 2 * startRowStride + LANES);
            DoubleVector c30 = DoubleVector.fromArray(SPECIES, start, s0 + 3 * startRowStride);
            DoubleVector c31 = DoubleVector.fromArray(SPECIES, start, s0 + 3 * startRowStride + LANES);
            int a1 = a0 + k;
            int a2 = a1 + k;
            int a3 = a2 + k;
            int q = 0;
            if ((k & 1) != 0) {
                DoubleVector b0 = DoubleVector.fromArray(SPECIES, packed, panel);
                DoubleVector b1 = DoubleVector.fromArray(SPECIES, packed, panel + LANES);
                DoubleVector x0 = DoubleVector.broadcast(SPECIES, a[a0]);
                DoubleVector x1 = DoubleVector.broadcast(SPECIES, a[a1]);
                DoubleVector x2 = DoubleVector.broadcast(SPECIES, a[a2]);
                DoubleVector x3 = DoubleVector.broadcast(SPECIES, a[a3]);
                c00 = x0.fma(b0, c00);
                c01 = x0.fma(b1, c01);
                c10 = x1.fma(b0, c10);
                c11 = x1.fma(b1, c11);
                c20 = x2.fma(b0, c20);
                c21 = x2.fma(b1, c21);
                c30 = x3.fma(b0, c30);
                c31 = x3.fma(b1, c31);
                q = 1;
            }
            for (; q < k; q += 2) {
                int b = panel + q * WIDTH;
                DoubleVector b0 = DoubleVector.fromArray(SPECIES, packed, b);
                DoubleVector b1 = DoubleVector.fromArray(SPECIES, packed, b + LANES);
                DoubleVector x0 = DoubleVector.broadcast(SPECIES, a[a0 + q]);
                DoubleVector x1 = DoubleVector.broadcast(SPECIES, a[a1 + q]);
                DoubleVector x2 = DoubleVector.broadcast(SPECIES, a[a2 + q]);
                DoubleVector x3 = DoubleVector.broadcast(SPECIES, a[a3 + q]);
                c00 = x0.fma(b0, c00);
                c01 = x0.fma(b1, c01);
                c10 = x1.fma(b0, c10);
                c11 = x1.fma(b1, c11);
                c20 = x2.fma(b0, c20);
                c21 = x2.fma(b1, c21);
                c30 = x3.fma(b0, c30);
                c31 = x3.fma(b1, c31);
                DoubleVector d0 = DoubleVector.fromArray(SPECIES, packed, b + WIDTH);
                DoubleVector d1 = DoubleVector.fromArray(SPECIES, packed, b + WIDTH + LANES);
                DoubleVector y0 = DoubleVector.broadcast(SPECIES, a[a0 + q + 1]);
                DoubleVector y1 = DoubleVector.broadcast(SPECIES, a[a1 + q + 1]);
                DoubleVector y2 = DoubleVector.broadcast(SPECIES, a[a2 + q + 1]);
                DoubleVector y3 = DoubleVector.broadcast(SPECIES, a[a3 + q + 1]);
                c00 = y0.fma(d0, c00);
                c01 = y0.fma(d1, c01);
                c10 = y1.fma(d0, c10);
                c11 = y1.fma(d1, c11);
                c20 = y2.fma(d0, c20);
                c21 = y2.fma(d1, c21);
                c30 = y3.fma(d0, c30);
                c31 = y3.fma(d1, c31);
            }
            storeBlock(c, c0, n, c00, c01, c10, c11, c20, c21, c30, c31);
        }
    }

    /**
     * Rows i..i+3 × the first {@code panels} panels of C = Aᵀ·B from +0.0, one fma per term: C[i+t][col] =
     * Σ_q A[q][i+t]·B[q][col] (A m × k, read in place: four neighbours per row q), panel p of B at p·m·WIDTH in
     * {@code packed} and of C at cRow + p·WIDTH. One call per row block and two terms per iteration, as in
     * {@link #multiplyBlockInPlace}. A block of its own rather than that one with A's strides as arguments: there A
     * advances by one entry per term, a constant stride that lets C2 drop the range checks of its reads, and the one
     * block for both measured slower per step ({@code relulab-bench/scripts/StepAB.java}).
     */
    static void transposedLeftBlockInPlace(double[] a, int i, int m, int k, double[] packed, int panels, double[] c,
                                           int cRow, int n) {
        for (int p = 0; p < panels; p++) {
            int panel = p * m * WIDTH;
            int c0 = cRow + p * WIDTH;
            DoubleVector c00 = DoubleVector.zero(SPECIES);
            DoubleVector c01 = c00;
            DoubleVector c10 = c00;
            DoubleVector c11 = c00;
            DoubleVector c20 = c00;
            DoubleVector c21 = c00;
            DoubleVector c30 = c00;
            DoubleVector c31 = c00;
            int x = i;
            int q = 0;
            if ((m & 1) != 0) {
                DoubleVector b0 = DoubleVector.fromArray(SPECIES, packed, panel);
                DoubleVector b1 = DoubleVector.fromArray(SPECIES, packed, panel + LANES);
                DoubleVector x0 = DoubleVector.broadcast(SPECIES, a[x]);
                DoubleVector x1 = DoubleVector.broadcast(SPECIES, a[x + 1]);
                DoubleVector x2 = DoubleVector.broadcast(SPECIES, a[x + 2]);
                DoubleVector x3 = DoubleVector.broadcast(SPECIES, a[x + 3]);
                c00 = x0.fma(b0, c00);
                c01 = x0.fma(b1, c01);
                c10 = x1.fma(b0, c10);
                c11 = x1.fma(b1, c11);
                c20 = x2.fma(b0, c20);
                c21 = x2.fma(b1, c21);
                c30 = x3.fma(b0, c30);
                c31 = x3.fma(b1, c31);
                q = 1;
                x += k;
            }
            for (; q < m; q += 2, x += 2 * k) {
                int b = panel + q * WIDTH;
                DoubleVector b0 = DoubleVector.fromArray(SPECIES, packed, b);
                DoubleVector b1 = DoubleVector.fromArray(SPECIES, packed, b + LANES);
                DoubleVector x0 = DoubleVector.broadcast(SPECIES, a[x]);
                DoubleVector x1 = DoubleVector.broadcast(SPECIES, a[x + 1]);
                DoubleVector x2 = DoubleVector.broadcast(SPECIES, a[x + 2]);
                DoubleVector x3 = DoubleVector.broadcast(SPECIES, a[x + 3]);
                c00 = x0.fma(b0, c00);
                c01 = x0.fma(b1, c01);
                c10 = x1.fma(b0, c10);
                c11 = x1.fma(b1, c11);
                c20 = x2.fma(b0, c20);
                c21 = x2.fma(b1, c21);
                c30 = x3.fma(b0, c30);
                c31 = x3.fma(b1, c31);
                int y = x + k;
                DoubleVector d0 = DoubleVector.fromArray(SPECIES, packed, b + WIDTH);
                DoubleVector d1 = DoubleVector.fromArray(SPECIES, packed, b + WIDTH + LANES);
                DoubleVector y0 = DoubleVector.broadcast(SPECIES, a[y]);
                DoubleVector y1 = DoubleVector.broadcast(SPECIES, a[y + 1]);
                DoubleVector y2 = DoubleVector.broadcast(SPECIES, a[y + 2]);
                DoubleVector y3 = DoubleVector.broadcast(SPECIES, a[y + 3]);
                c00 = y0.fma(d0, c00);
                c01 = y0.fma(d1, c01);
                c10 = y1.fma(d0, c10);
                c11 = y1.fma(d1, c11);
                c20 = y2.fma(d0, c20);
                c21 = y2.fma(d1, c21);
                c30 = y3.fma(d0, c30);
                c31 = y3.fma(d1, c31);
            }
            storeBlock(c, c0, n, c00, c01, c10, c11, c20, c21, c30, c31);
        }
    }

    private static void storeBlock(double[] c, int c0, int n, DoubleVector c00, DoubleVector c01, DoubleVector c10,
                                   DoubleVector c11, DoubleVector c20, DoubleVector c21, DoubleVector c30,
                                   DoubleVector c31) {
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + LANES);
        c10.intoArray(c, c0 + n);
        c11.intoArray(c, c0 + n + LANES);
        c20.intoArray(c, c0 + 2 * n);
        c21.intoArray(c, c0 + 2 * n + LANES);
        c30.intoArray(c, c0 + 3 * n);
        c31.intoArray(c, c0 + 3 * n + LANES);
    }

    /** Entries (r, j) of C = S + A·B for r in [rowFrom, rowTo), j in [columnFrom, columnTo), one at a time. */
    private static void multiplyEntries(double[] a, double[] b, double[] c, int rowFrom, int rowTo, int columnFrom,
                                        int columnTo, int k, int n, double[] start, int startOffset,
                                        int startRowStride) {
        for (int r = rowFrom; r < rowTo; r++) {
            for (int j = columnFrom; j < columnTo; j++) {
                double s = start[startOffset + r * startRowStride + j];
                for (int q = 0; q < k; q++) {
                    s = Math.fma(a[r * k + q], b[q * n + j], s);
                }
                c[r * n + j] = s;
            }
        }
    }

    /** Entries (i, j) of C = Aᵀ·B for i in [rowFrom, rowTo), j in [columnFrom, columnTo), one at a time. */
    private static void transposedLeftEntries(double[] a, double[] b, double[] c, int rowFrom, int rowTo,
                                              int columnFrom, int columnTo, int m, int k, int n) {
        for (int i = rowFrom; i < rowTo; i++) {
            for (int j = columnFrom; j < columnTo; j++) {
                double s = 0.0;
                for (int q = 0; q < m; q++) {
                    s = Math.fma(a[q * k + i], b[q * n + j], s);
                }
                c[i * n + j] = s;
            }
        }
    }

    /** Entries (r, i) of C = A·Bᵀ for r in [rowFrom, rowTo), i in [columnFrom, columnTo), one at a time. */
    private static void transposedRightEntries(double[] a, double[] b, double[] c, int rowFrom, int rowTo,
                                               int columnFrom, int columnTo, int k, int n) {
        for (int r = rowFrom; r < rowTo; r++) {
            for (int i = columnFrom; i < columnTo; i++) {
                double s = 0.0;
                for (int j = 0; j < k; j++) {
                    s = Math.fma(a[r * k + j], b[i * k + j], s);
                }
                c[r * n + i] = s;
            }
        }
    }

    @Override
    public String name() {
        return "vector-" + SPECIES.vectorBitSize();
    }
}
