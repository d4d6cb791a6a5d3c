package io.relulab.math;

/**
 * The rectifier slope and the passes of a layer with one learned slope per unit (PReLU, {@code nn.PReluLayer}) over
 * a batch: a rows × units matrix Z (flat, row-major) and one slope α_j per column. Vectorised while
 * {@link VectorModule#engaged()} ({@link VectorRectifierKernels}: the same operations on every lane, so the same bits).
 *
 * <p>Formulas, without a branch (mispredicted branches on random signs cost more than the arithmetic):
 * <ul>
 *   <li>the step m(x) = min(1, (max(0, x)·10³⁰⁸)·10³⁰⁸): 1 for x &gt; 0 (even the smallest subnormal), 0 for
 *       x ≤ 0, NaN for NaN — with {@link Math#min}/{@link Math#max}'s treatment of −0 and NaN;</li>
 *   <li>the slope d(x, s) = m + (1 − m)·s: exactly 1 or s for every finite s other than −0 (for s = −0 it gives
 *       +0);</li>
 *   <li>forward y = z·d(z, α_j); backward ∂L/∂z = g·d(z, α_j) and ∂L/∂α_j = Σ_r g[r][j]·min(0, z[r][j]), the rows
 *       added in increasing order from +0.0 (the contract of the layer's α gradient).</li>
 * </ul>
 *
 * <p>The plain loops copy each row into zero-offset scratch rows first: a loop that reads z[r·units + j] beside α[j]
 * (two different offsets) is not vectorised by C2, one over arrays that all start at 0 is (measured, 2048 values:
 * 5.0 µs in place, 2.0 µs through the scratch rows).
 */
public final class RectifierKernels {

    private static final double HUGE = 1e308;
    /** Whether this JVM can run the vector forms; whether they run is read per call ({@link #vector()}). */
    private static final boolean VECTOR = VectorModule.supports(() -> VectorRectifierKernels.worthwhile());

    private RectifierKernels() {
    }

    /** Whether this call runs the vector form: this JVM can, and {@link VectorModule#engaged()} says so now. */
    private static boolean vector() {
        return VECTOR && VectorModule.engaged();
    }

    /** m(x): 1 for x &gt; 0, 0 for x ≤ 0, NaN for NaN, without a branch. */
    public static double step(double x) {
        return Math.min(1.0, Math.max(0.0, x) * HUGE * HUGE);
    }

    /** d(x, s): 1 for x &gt; 0, s for x ≤ 0, NaN for NaN, without a branch (s finite, not −0). */
    public static double slope(double x, double s) {
        double m = step(x);
        return m + (1.0 - m) * s;
    }

    /** The scratch the passes need for a layer of {@code units} columns: three separate rows (see the class comment). */
    public static double[][] scratch(int units) {
        return new double[3][units];
    }

    /**
     * y[r][j] = z[r][j]·d(z[r][j], α_j) for the rows × units matrix z (y must not alias z).
     *
     * @param scratch three rows of at least {@code units} entries ({@link #scratch}), overwritten
     */
    public static void slopedForward(double[] z, double[] alpha, double[] y, int rows, int units, double[][] scratch) {
        if (vector()) {
            VectorRectifierKernels.slopedForwardInPlace(z, alpha, y, rows, units);
        } else {
            scalarSlopedForward(z, alpha, y, rows, units, scratch);
        }
    }

    /**
     * ∂L/∂α_j = Σ_r g[r][j]·min(0, z[r][j]) into {@code alphaGradients} (rows in increasing order, from +0.0; the first
     * {@code units} entries overwritten) and, when {@code inputGradients} is not null, ∂L/∂z[r][j] = g[r][j]·d(z[r][j],
     * α_j) into it (aliasing neither z nor g).
     *
     * @param scratch three rows of at least {@code units} entries ({@link #scratch}), overwritten
     */
    public static void slopedBackward(double[] z, double[] alpha, double[] g, double[] inputGradients,
                                      double[] alphaGradients, int rows, int units, double[][] scratch) {
        if (vector()) {
            VectorRectifierKernels.slopedBackwardInPlace(z, alpha, g, inputGradients, alphaGradients, rows, units);
        } else {
            scalarSlopedBackward(z, alpha, g, inputGradients, alphaGradients, rows, units, scratch);
        }
    }

    static void scalarSlopedForward(double[] z, double[] alpha, double[] y, int rows, int units, double[][] scratch) {
        double[] in = scratch[0];
        double[] out = scratch[1];
        for (int r = 0; r < rows; r++) {
            int row = r * units;
            System.arraycopy(z, row, in, 0, units);
            slopedRow(in, alpha, out, units);
            System.arraycopy(out, 0, y, row, units);
        }
    }

    /** out[j] = in[j]·d(in[j], α_j): one zero-offset row. */
    private static void slopedRow(double[] in, double[] alpha, double[] out, int units) {
        for (int j = 0; j < units; j++) {
            double x = in[j];
            out[j] = x * slope(x, alpha[j]);
        }
    }

    static void scalarSlopedBackward(double[] z, double[] alpha, double[] g, double[] inputGradients,
                                     double[] alphaGradients, int rows, int units, double[][] scratch) {
        java.util.Arrays.fill(alphaGradients, 0, units, 0.0);
        double[] in = scratch[0];
        double[] gradients = scratch[1];
        double[] out = scratch[2];
        for (int r = 0; r < rows; r++) {
            int row = r * units;
            System.arraycopy(z, row, in, 0, units);
            System.arraycopy(g, row, gradients, 0, units);
            for (int j = 0; j < units; j++) {
                alphaGradients[j] += gradients[j] * Math.min(0.0, in[j]);
            }
            if (inputGradients != null) {
                for (int j = 0; j < units; j++) {
                    out[j] = gradients[j] * slope(in[j], alpha[j]);
                }
                System.arraycopy(out, 0, inputGradients, row, units);
            }
        }
    }
}
