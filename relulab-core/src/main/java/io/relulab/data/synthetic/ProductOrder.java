package io.relulab.data.synthetic;

/**
 * The summation order of a matrix product {@code C = L·R}, chosen to reproduce what numpy 1.24 with
 * OpenBLAS 0.3.21 computes ({@code docs/specs/sklearn-compat.md} §6). The products of {@code
 * make_classification} must be summed in BLAS's order for the data to match bit for bit.
 *
 * <ul>
 *   <li>{@link #FMA_CHAIN} ({@link #DEFAULT}): every element is {@code c = +0; c = fma(x_l, a_l, c)} for l = 0..k-1.
 *       What every FMA-capable OpenBLAS x86 kernel computes for the notebook's shapes, and therefore
 *       bit-exact for the notebook on any such machine.
 *   <li>{@link #OPENBLAS_SKYLAKEX}: SkylakeX/Cooperlake kernels (the reference fixtures' machine): the
 *       small-matrix "dot style" for the last {@code n mod 8} columns, and the {@code dgemv_t} model
 *       for single-column products.
 *   <li>{@link #OPENBLAS_HASWELL}: Haswell/Zen (AVX2) kernels: the odd-row tail of §6.2 and {@code dgemv_t}.
 *   <li>{@link #NAIVE}: {@code c = c + x_l·a_l} without FMA (reference BLAS, non-FMA kernels).
 * </ul>
 *
 * <p>Dispatch follows numpy: if either operand has one element the product is a plain scalar
 * multiplication; {@code (m×k)·(k×1)} with m ≥ 2 is OpenBLAS {@code dgemv_t}; a one-row left operand
 * ({@code dgemv_n}, a cluster with one sample) is not modelled and uses the FMA chain (results within
 * a few ulps); everything else is {@code dgemm}. Large multithreaded SkylakeX products and {@code k >
 * ~256} are not modelled either (FMA chain).
 */
public enum ProductOrder {
    FMA_CHAIN,
    OPENBLAS_SKYLAKEX,
    OPENBLAS_HASWELL,
    NAIVE;

    /** The order {@link MakeClassification#generate(long)} uses: {@link #FMA_CHAIN}. */
    public static final ProductOrder DEFAULT = FMA_CHAIN;

    /** OpenBLAS threads on the reference machine; only affects {@code dgemv_t} with m·k ≥ 9216. */
    public static final int REFERENCE_BLAS_THREADS = 2;

    private static final double SKYLAKEX_SMALL_MATRIX_LIMIT = 1e6;
    private static final int DGEMV_MULTITHREAD_LIMIT = 9216;

    /** {@link #multiply(double[], int, int, double[], int, int)} with {@link #REFERENCE_BLAS_THREADS}. */
    public double[] multiply(double[] left, int rows, int inner, double[] right, int columns) {
        return multiply(left, rows, inner, right, columns, REFERENCE_BLAS_THREADS);
    }

    /**
     * Returns the row-major {@code rows × columns} product of the row-major {@code rows × inner} matrix
     * {@code left} and the row-major {@code inner × columns} matrix {@code right}.
     */
    public double[] multiply(double[] left, int rows, int inner, double[] right, int columns, int blasThreads) {
        if (left.length != rows * inner || right.length != inner * columns) {
            throw new IllegalArgumentException("multiply: shapes " + rows + "x" + inner + " and " + inner + "x"
                    + columns + " do not match array lengths " + left.length + " and " + right.length);
        }
        double[] out = new double[rows * columns];
        if (rows == 0 || columns == 0 || inner == 0) {
            return out;
        }
        if (rows * inner == 1) {
            for (int j = 0; j < columns; j++) {
                out[j] = left[0] * right[j];
            }
            return out;
        }
        if (inner * columns == 1) {
            for (int i = 0; i < rows; i++) {
                out[i] = left[i] * right[0];
            }
            return out;
        }
        switch (this) {
            case NAIVE -> naive(left, rows, inner, right, columns, out);
            case FMA_CHAIN -> fmaChain(left, rows, inner, right, columns, out);
            case OPENBLAS_SKYLAKEX, OPENBLAS_HASWELL -> {
                if (columns == 1 && rows >= 2) {
                    dgemvT(left, rows, inner, right, out, blasThreads);
                } else if (rows == 1) {
                    fmaChain(left, rows, inner, right, columns, out); // dgemv_n: not modelled
                } else if (this == OPENBLAS_SKYLAKEX) {
                    skylakeX(left, rows, inner, right, columns, out);
                } else {
                    haswell(left, rows, inner, right, columns, out);
                }
            }
            default -> throw new AssertionError(this);
        }
        return out;
    }

    private static double fmaChainElement(double[] left, int row, int inner, double[] right, int columns, int column) {
        double c = 0.0;
        int base = row * inner;
        for (int l = 0; l < inner; l++) {
            c = Math.fma(left[base + l], right[l * columns + column], c);
        }
        return c;
    }

    private static void fmaChain(double[] left, int rows, int inner, double[] right, int columns, double[] out) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                out[i * columns + j] = fmaChainElement(left, i, inner, right, columns, j);
            }
        }
    }

    private static void naive(double[] left, int rows, int inner, double[] right, int columns, double[] out) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double c = 0.0;
                for (int l = 0; l < inner; l++) {
                    c = c + left[i * inner + l] * right[l * columns + j];
                }
                out[i * columns + j] = c;
            }
        }
    }

    /** docs/specs/sklearn-compat.md §6.2, SkylakeX/Cooperlake small-matrix kernel (beta = 0). */
    private static void skylakeX(double[] left, int rows, int inner, double[] right, int columns, double[] out) {
        if ((double) columns * rows * inner > SKYLAKEX_SMALL_MATRIX_LIMIT) {
            fmaChain(left, rows, inner, right, columns, out);
            return;
        }
        int tail = columns % 8;
        int firstTail = columns - tail;
        boolean dotStyle = !(tail > 4 || inner < 16);
        double[] lane = new double[8];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (j < firstTail || !dotStyle) {
                    out[i * columns + j] = fmaChainElement(left, i, inner, right, columns, j);
                    continue;
                }
                java.util.Arrays.fill(lane, 0.0);
                for (int l = 0; l < inner; l++) {
                    lane[l % 8] = Math.fma(left[i * inner + l], right[l * columns + j], lane[l % 8]);
                }
                boolean red4 = tail == 4 || i < (rows & ~3);
                out[i * columns + j] = red4
                        ? ((lane[0] + lane[1]) + (lane[2] + lane[3])) + ((lane[4] + lane[5]) + (lane[6] + lane[7]))
                        : ((lane[0] + lane[4]) + (lane[2] + lane[6])) + ((lane[1] + lane[5]) + (lane[3] + lane[7]));
            }
        }
    }

    /** docs/specs/sklearn-compat.md §6.2, Haswell/Zen kernel: FMA chain except the last row when the row count is odd. */
    private static void haswell(double[] left, int rows, int inner, double[] right, int columns, double[] out) {
        fmaChain(left, rows, inner, right, columns, out);
        if (rows % 2 == 0) {
            return;
        }
        int i = rows - 1;
        int inner8 = inner & ~7;
        for (int j = 0; j < columns - (columns % 4); j++) {
            double[] s = new double[4];
            for (int l = 0; l < inner8; l++) {
                s[l % 4] = Math.fma(left[i * inner + l], right[l * columns + j], s[l % 4]);
            }
            for (int l = inner8; l < inner; l++) {
                s[0] = Math.fma(left[i * inner + l], right[l * columns + j], s[0]);
            }
            out[i * columns + j] = (s[0] + s[1]) + (s[2] + s[3]);
        }
    }

    /** docs/specs/sklearn-compat.md §6.3, OpenBLAS {@code dgemv_t} for {@code (m×k)·(k×1)}, m ≥ 2. */
    private static void dgemvT(double[] left, int rows, int inner, double[] vector, double[] out, int blasThreads) {
        int threads = (long) rows * inner < DGEMV_MULTITHREAD_LIMIT ? 1 : Math.max(1, blasThreads);
        int remaining = rows;
        int used = 0;
        int start = 0;
        while (remaining > 0) {
            int width = (remaining + (threads - used) - 1) / (threads - used);
            width = Math.max(width, 4);
            width = Math.min(width, remaining);
            dgemvTChunk(left, start, width, inner, vector, out);
            start += width;
            used++;
            remaining -= width;
        }
    }

    private static void dgemvTChunk(double[] left, int start, int length, int inner, double[] b, double[] out) {
        int four = length & ~3;
        for (int r = 0; r < length; r++) {
            int kernel = r < four ? 4 : (r < four + ((length & 2) != 0 ? 2 : 0) ? 2 : 1);
            out[start + r] = dgemvTRow(left, (start + r) * inner, inner, b, kernel);
        }
    }

    private static double dgemvTRow(double[] left, int base, int inner, double[] b, int kernel) {
        int main = inner & ~3;
        double v = 0.0;
        if (main > 0) {
            if (kernel == 4) {
                double[] s = new double[4];
                for (int l = 0; l < main; l++) {
                    s[l % 4] = Math.fma(left[base + l], b[l], s[l % 4]);
                }
                v = (s[0] + s[2]) + (s[1] + s[3]);
            } else if (kernel == 2) {
                double[] s = new double[2];
                for (int l = 0; l < main; l++) {
                    s[l % 2] = s[l % 2] + left[base + l] * b[l];
                }
                v = s[0] + s[1];
            } else {
                double[] s = new double[4];
                for (int l = 0; l < main; l++) {
                    s[l % 4] = s[l % 4] + left[base + l] * b[l];
                }
                v = (s[0] + s[2]) + (s[1] + s[3]);
            }
        }
        int e = main;
        switch (inner - main) {
            case 1 -> v = Math.fma(left[base + e], b[e], v);
            case 2 -> v = v + Math.fma(left[base + e], b[e], left[base + e + 1] * b[e + 1]);
            case 3 -> v = v + Math.fma(left[base + e + 2], b[e + 2],
                    Math.fma(left[base + e], b[e], left[base + e + 1] * b[e + 1]));
            default -> { }
        }
        return v;
    }
}
