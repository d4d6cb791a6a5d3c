package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.relulab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/** The vector and scalar Keras Adam updates, both called explicitly: the same bits for every length remainder. */
class OptimizerKernelsTest {

    @Test
    void vectorAndScalarUpdatesGiveTheSameBits() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "no jdk.incubator.vector");
        NumpyRandom random = new NumpyRandom(8);
        for (int size = 0; size < 40; size++) {
            double[] values = random.uniform(-1, 1, size + 2);
            double[] gradients = random.uniform(-1e-2, 1e-2, size + 2);
            double[] m = random.uniform(-1e-3, 1e-3, size + 2);
            double[] v = random.uniform(0, 1e-5, size + 2);
            if (size > 3) {
                gradients[1] = 0.0;
                v[1] = 0.0;
                m[1] = -0.0;
            }
            double[][] scalar = {values.clone(), m.clone(), v.clone()};
            double[][] vector = {values.clone(), m.clone(), v.clone()};
            OptimizerKernels.scalarKerasAdamInPlace(scalar[0], gradients, scalar[1], scalar[2], 0, size, 1e-3, 1e-7, 0.1, 0.001);
            VectorOptimizerKernels.kerasAdamInPlace(vector[0], gradients, vector[1], vector[2], size, 1e-3, 1e-7, 0.1, 0.001);
            for (int a = 0; a < 3; a++) {
                for (int i = 0; i < size + 2; i++) {
                    assertThat(Double.doubleToRawLongBits(vector[a][i])).as("array %d, size %d, entry %d", a, size, i)
                            .isEqualTo(Double.doubleToRawLongBits(scalar[a][i]));
                }
            }
        }
    }
}
