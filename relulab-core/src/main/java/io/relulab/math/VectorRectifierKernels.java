package io.relulab.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RectifierKernels} with the Vector API: the lanes are neighbouring units j of one row, so α_j is a vector
 * load, and each lane gets the scalar form's operations in the same order (IEEE {@code add}, {@code sub},
 * {@code mul}; {@code min}/{@code max} with {@link Math#min}'s treatment of −0 and NaN), hence the same bits; the
 * units after the last full vector use the scalar form. The α gradient keeps one vector of column sums in a
 * register while it walks down the rows (in increasing order, from +0.0) and writes ∂L/∂z of that column block on
 * the way. Loaded only when the module is present.
 */
final class VectorRectifierKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final double HUGE = 1e308;

    static {
        // load and initialise the vector classes of both loops before C2 compiles them (see VectorExponentialKernels)
        int units = LANES + 1;
        double[] z = new double[2 * units];
        for (int i = 0; i < z.length; i++) {
            z[i] = i - units + 0.5;
        }
        double[] alpha = new double[units];
        double[] out = new double[z.length];
        slopedForwardInPlace(z, alpha, out, 2, units);
        slopedBackwardInPlace(z, alpha, z.clone(), out, alpha.clone(), 2, units);
    }

    private VectorRectifierKernels() {
    }

    static boolean worthwhile() {
        return LANES >= 2;
    }

    /** d(z, α) on every lane: m + (1 − m)·α with m = min(1, (max(0, z)·10³⁰⁸)·10³⁰⁸), as {@link RectifierKernels#slope}. */
    private static DoubleVector slope(DoubleVector z, DoubleVector alpha) {
        DoubleVector m = z.max(0.0).mul(HUGE).mul(HUGE).min(1.0);
        return m.add(DoubleVector.broadcast(SPECIES, 1.0).sub(m).mul(alpha));
    }

    static void slopedForwardInPlace(double[] z, double[] alpha, double[] y, int rows, int units) {
        int vectorEnd = units / LANES * LANES;
        for (int r = 0; r < rows; r++) {
            int row = r * units;
            for (int j = 0; j < vectorEnd; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, z, row + j);
                x.mul(slope(x, DoubleVector.fromArray(SPECIES, alpha, j))).intoArray(y, row + j);
            }
            for (int j = vectorEnd; j < units; j++) {
                double x = z[row + j];
                y[row + j] = x * RectifierKernels.slope(x, alpha[j]);
            }
        }
    }

    static void slopedBackwardInPlace(double[] z, double[] alpha, double[] g, double[] inputGradients,
                                      double[] alphaGradients, int rows, int units) {
        int vectorEnd = units / LANES * LANES;
        boolean input = inputGradients != null;
        for (int j = 0; j < vectorEnd; j += LANES) {
            DoubleVector a = DoubleVector.fromArray(SPECIES, alpha, j);
            DoubleVector sum = DoubleVector.zero(SPECIES);
            for (int r = 0, i = j; r < rows; r++, i += units) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, z, i);
                DoubleVector gradient = DoubleVector.fromArray(SPECIES, g, i);
                sum = sum.add(gradient.mul(x.min(0.0)));
                if (input) {
                    gradient.mul(slope(x, a)).intoArray(inputGradients, i);
                }
            }
            sum.intoArray(alphaGradients, j);
        }
        for (int j = vectorEnd; j < units; j++) {
            double s = 0.0;
            for (int r = 0, i = j; r < rows; r++, i += units) {
                s += g[i] * Math.min(0.0, z[i]);
                if (input) {
                    inputGradients[i] = g[i] * RectifierKernels.slope(z[i], alpha[j]);
                }
            }
            alphaGradients[j] = s;
        }
    }
}
