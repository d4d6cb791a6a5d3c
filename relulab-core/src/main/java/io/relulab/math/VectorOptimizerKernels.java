package io.relulab.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** {@link OptimizerKernels} with the Vector API; loaded only when the module is present. */
final class VectorOptimizerKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    static {
        // load and initialise the vector classes of the loop before C2 compiles it (see VectorExponentialKernels)
        double[] values = new double[2 * LANES];
        kerasAdamInPlace(values, values.clone(), values.clone(), values.clone(), values.length, 1e-3, 1e-7, 0.1, 0.001);
    }

    private VectorOptimizerKernels() {
    }

    static boolean worthwhile() {
        return LANES >= 2;
    }

    static void kerasAdamInPlace(double[] values, double[] gradients, double[] m, double[] v, int size,
                                 double stepSize, double epsilon, double oneMinusBeta1, double oneMinusBeta2) {
        int i = 0;
        for (; i + LANES <= size; i += LANES) {
            DoubleVector g = DoubleVector.fromArray(SPECIES, gradients, i);
            DoubleVector m0 = DoubleVector.fromArray(SPECIES, m, i);
            DoubleVector v0 = DoubleVector.fromArray(SPECIES, v, i);
            DoubleVector mi = m0.add(g.sub(m0).mul(oneMinusBeta1));
            DoubleVector vi = v0.add(g.mul(g).sub(v0).mul(oneMinusBeta2));
            mi.intoArray(m, i);
            vi.intoArray(v, i);
            DoubleVector.fromArray(SPECIES, values, i).sub(mi.mul(stepSize).div(vi.sqrt().add(epsilon)))
                    .intoArray(values, i);
        }
        OptimizerKernels.scalarKerasAdamInPlace(values, gradients, m, v, i, size, stepSize, epsilon, oneMinusBeta1,
                oneMinusBeta2);
    }
}
