package io.relulab.math;

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
 * <p>Written for the JIT: the first two run "axpy" inner loops over a contiguous row of the result
 * (which C2 turns into vector instructions), blocked four rows of the reduction at a time so that each
 * result entry is loaded and stored once per four terms; the third runs dot products over contiguous
 * rows with eight independent accumulators (two rows × four columns). Reductions of width 1 (a single
 * output unit) take a dedicated loop order so that the inner loop stays long and contiguous.
 *
 * <p>Summation order: every result entry is accumulated in increasing order of the reduction index,
 * starting from its previous value (or zero), so results do not depend on blocking, thread count or
 * whether the code is interpreted or compiled.
 *
 * <p>Arrays may be longer than the shapes require (the engine reuses buffers sized for its largest
 * batch); only the leading {@code rows * columns} entries are read or written. Callers guarantee that
 * the result array does not alias an operand.
 */
public final class MatrixKernels {

    private MatrixKernels() {
    }

    /**
     * C += A·B, where A is m × k, B is k × n and C is m × n: C[r][j] += Σₚ A[r][p]·B[p][j] (p increasing).
     */
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
        for (int r = 0; r < m; r++) {
            int aRow = r * k;
            int cRow = r * n;
            int p = 0;
            for (; p + 3 < k; p += 4) {
                double a0 = a[aRow + p];
                double a1 = a[aRow + p + 1];
                double a2 = a[aRow + p + 2];
                double a3 = a[aRow + p + 3];
                int b0 = p * n;
                int b1 = b0 + n;
                int b2 = b1 + n;
                int b3 = b2 + n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] = c[cRow + j] + a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
                }
            }
            for (; p < k; p++) {
                double a0 = a[aRow + p];
                int b0 = p * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += a0 * b[b0 + j];
                }
            }
        }
    }

    /** C = A·B (overwriting C), where A is m × k, B is k × n; same order as {@link #multiplyAccumulate} from zero. */
    public static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        java.util.Arrays.fill(c, 0, m * n, 0.0);
        multiplyAccumulate(a, b, c, m, k, n);
    }

    /**
     * C = Aᵀ·B (overwriting C), where A is m × k, B is m × n and C is k × n:
     * C[i][j] = Σᵣ A[r][i]·B[r][j] (r increasing, starting from zero).
     */
    public static void multiplyTransposedLeft(double[] a, double[] b, double[] c, int m, int k, int n) {
        java.util.Arrays.fill(c, 0, k * n, 0.0);
        if (n == 1) {
            int r = 0;
            for (; r + 3 < m; r += 4) {
                double b0 = b[r];
                double b1 = b[r + 1];
                double b2 = b[r + 2];
                double b3 = b[r + 3];
                int a0 = r * k;
                int a1 = a0 + k;
                int a2 = a1 + k;
                int a3 = a2 + k;
                for (int i = 0; i < k; i++) {
                    c[i] = c[i] + b0 * a[a0 + i] + b1 * a[a1 + i] + b2 * a[a2 + i] + b3 * a[a3 + i];
                }
            }
            for (; r < m; r++) {
                double b0 = b[r];
                int a0 = r * k;
                for (int i = 0; i < k; i++) {
                    c[i] += b0 * a[a0 + i];
                }
            }
            return;
        }
        int r = 0;
        for (; r + 3 < m; r += 4) {
            int a0 = r * k;
            int a1 = a0 + k;
            int a2 = a1 + k;
            int a3 = a2 + k;
            int b0 = r * n;
            int b1 = b0 + n;
            int b2 = b1 + n;
            int b3 = b2 + n;
            for (int i = 0; i < k; i++) {
                double x0 = a[a0 + i];
                double x1 = a[a1 + i];
                double x2 = a[a2 + i];
                double x3 = a[a3 + i];
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] = c[cRow + j] + x0 * b[b0 + j] + x1 * b[b1 + j] + x2 * b[b2 + j] + x3 * b[b3 + j];
                }
            }
        }
        for (; r < m; r++) {
            int a0 = r * k;
            int b0 = r * n;
            for (int i = 0; i < k; i++) {
                double x0 = a[a0 + i];
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += x0 * b[b0 + j];
                }
            }
        }
    }

    /**
     * C = A·Bᵀ (overwriting C), where A is m × k, B is n × k and C is m × n:
     * C[r][i] = Σⱼ A[r][j]·B[i][j] (j increasing, starting from zero).
     */
    public static void multiplyTransposedRight(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (k == 1) {
            for (int r = 0; r < m; r++) {
                double x = a[r];
                int cRow = r * n;
                for (int i = 0; i < n; i++) {
                    c[cRow + i] = 0.0 + x * b[i];
                }
            }
            return;
        }
        int r = 0;
        for (; r + 1 < m; r += 2) {
            int aRow0 = r * k;
            int aRow1 = aRow0 + k;
            int cRow0 = r * n;
            int cRow1 = cRow0 + n;
            int i = 0;
            for (; i + 3 < n; i += 4) {
                int b0 = i * k;
                int b1 = b0 + k;
                int b2 = b1 + k;
                int b3 = b2 + k;
                double s00 = 0.0, s01 = 0.0, s02 = 0.0, s03 = 0.0;
                double s10 = 0.0, s11 = 0.0, s12 = 0.0, s13 = 0.0;
                for (int j = 0; j < k; j++) {
                    double x0 = a[aRow0 + j];
                    double x1 = a[aRow1 + j];
                    double y0 = b[b0 + j];
                    double y1 = b[b1 + j];
                    double y2 = b[b2 + j];
                    double y3 = b[b3 + j];
                    s00 += x0 * y0;
                    s01 += x0 * y1;
                    s02 += x0 * y2;
                    s03 += x0 * y3;
                    s10 += x1 * y0;
                    s11 += x1 * y1;
                    s12 += x1 * y2;
                    s13 += x1 * y3;
                }
                c[cRow0 + i] = s00;
                c[cRow0 + i + 1] = s01;
                c[cRow0 + i + 2] = s02;
                c[cRow0 + i + 3] = s03;
                c[cRow1 + i] = s10;
                c[cRow1 + i + 1] = s11;
                c[cRow1 + i + 2] = s12;
                c[cRow1 + i + 3] = s13;
            }
            for (; i < n; i++) {
                int b0 = i * k;
                double s0 = 0.0, s1 = 0.0;
                for (int j = 0; j < k; j++) {
                    double y = b[b0 + j];
                    s0 += a[aRow0 + j] * y;
                    s1 += a[aRow1 + j] * y;
                }
                c[cRow0 + i] = s0;
                c[cRow1 + i] = s1;
            }
        }
        for (; r < m; r++) {
            int aRow = r * k;
            int cRow = r * n;
            for (int i = 0; i < n; i++) {
                int b0 = i * k;
                double s = 0.0;
                for (int j = 0; j < k; j++) {
                    s += a[aRow + j] * b[b0 + j];
                }
                c[cRow + i] = s;
            }
        }
    }

    /** Sets every one of the m rows of C (m × n) to {@code row}. */
    public static void broadcastRows(double[] row, double[] c, int m, int n) {
        for (int r = 0; r < m; r++) {
            System.arraycopy(row, 0, c, r * n, n);
        }
    }

    /** out[j] = Σᵣ A[r][j] (r increasing, from zero), where A is m × n; overwrites out[0..n). */
    public static void sumColumns(double[] a, double[] out, int m, int n) {
        java.util.Arrays.fill(out, 0, n, 0.0);
        for (int r = 0; r < m; r++) {
            int row = r * n;
            for (int j = 0; j < n; j++) {
                out[j] += a[row + j];
            }
        }
    }
}
