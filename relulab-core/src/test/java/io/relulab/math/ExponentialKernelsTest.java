package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.relulab.random.NumpyRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vector and scalar forms of the exponential linear family, both called explicitly: the same bits on random
 * arrays of every length remainder, with ±0, ±∞, subnormals and values past the clamps; and the bit select
 * against the ternary it replaces.
 */
class ExponentialKernelsTest {

    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, -1e-300,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -38, -38.5, -800, 709.5, 1e308, -1e308, Double.MAX_VALUE};

    private static double[] inputs(long seed, int size) {
        NumpyRandom random = new NumpyRandom(seed);
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            double u = random.uniform(0, 1);
            values[i] = u < 0.1 ? SPECIAL[random.randint(0, SPECIAL.length)]
                    : u < 0.3 ? -Math.pow(10, random.uniform(-20, 2)) : random.uniform(-6, 6);
        }
        return values;
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "1.0507009873554805, 1.7580993408473766, 1", "1, 0.5, 0.5", "1, 2.5, 2.5", "1, 0, 1"})
    void vectorAndScalarFormsGiveTheSameBits(double positive, double negative, double divisor) {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "no jdk.incubator.vector");
        int chunk = VectorExponentialKernels.CHUNK; // the forward loop's passes: sizes across their chunk boundaries too
        int[] sizes = IntStream.concat(IntStream.range(0, 70),
                IntStream.of(chunk - 1, chunk, chunk + 1, chunk + 9, 2 * chunk + 3, 5 * chunk - 1)).toArray();
        for (int size : sizes) {
            double[] x = inputs(size, size + 3);
            double[] scalar = x.clone();
            double[] vector = x.clone();
            ExponentialKernels.scalarForwardInPlace(scalar, scalar, 1, size + 1, positive, negative, divisor);
            VectorExponentialKernels.forwardInPlace(vector, vector, 1, size + 1, positive, negative, divisor);
            assertSameBits(vector, scalar, "forward, size " + size);
            double[] vectorInto = inputs(2000 + size, size + 3);
            VectorExponentialKernels.forwardInPlace(x, vectorInto, 1, size + 1, positive, negative, divisor);
            assertSameBits(java.util.Arrays.copyOfRange(vectorInto, 1, size + 1),
                    java.util.Arrays.copyOfRange(scalar, 1, size + 1), "forward into another array, size " + size);

            double[] gradients = inputs(1000 + size, size + 3);
            double[] byScalar = gradients.clone();
            double[] byVector = gradients.clone();
            ExponentialKernels.scalarBackwardInPlace(x, scalar, byScalar, byScalar, 1, size + 1, positive, 1 / divisor,
                    negative);
            VectorExponentialKernels.backwardInPlace(x, scalar, byVector, byVector, 1, size + 1, positive, 1 / divisor,
                    negative);
            double[] byVectorInto = inputs(3000 + size, size + 3);
            VectorExponentialKernels.backwardInPlace(x, scalar, gradients, byVectorInto, 1, size + 1, positive,
                    1 / divisor, negative);
            assertSameBits(java.util.Arrays.copyOfRange(byVectorInto, 1, size + 1),
                    java.util.Arrays.copyOfRange(byScalar, 1, size + 1), "backward into another array, size " + size);
            assertSameBits(byVector, byScalar, "backward, size " + size);
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "1.0507009873554805, 1.7580993408473766, 1", "1, 0.5, 0.5", "1, 2.5, 2.5", "1, 0, 1"})
    void thePlainPassesGiveTheBitsOfTheOneElementForm(double positive, double negative, double divisor) {
        int chunk = ExponentialKernels.CHUNK; // the plain loop's passes: sizes across their chunk boundaries too
        int[] sizes = IntStream.concat(IntStream.range(0, 20),
                IntStream.of(chunk - 1, chunk, chunk + 1, 2 * chunk + 3, 5 * chunk - 1)).toArray();
        for (int size : sizes) {
            double[] x = inputs(4000 + size, size + 3);
            double[] inPlace = x.clone();
            ExponentialKernels.scalarForwardInPlace(inPlace, inPlace, 1, size + 1, positive, negative, divisor);
            double[] into = new double[x.length];
            ExponentialKernels.scalarForwardInPlace(x, into, 1, size + 1, positive, negative, divisor);
            for (int i = 1; i < size + 1; i++) {
                long expected = Double.doubleToRawLongBits(ExponentialKernels.forward(x[i], positive, negative, divisor));
                assertThat(Double.doubleToRawLongBits(inPlace[i])).as("size %d, x = %s", size, x[i]).isEqualTo(expected);
                assertThat(Double.doubleToRawLongBits(into[i])).as("size %d, x = %s", size, x[i]).isEqualTo(expected);
            }
            assertThat(inPlace[0]).isEqualTo(x[0]);
            assertThat(inPlace[size + 1]).isEqualTo(x[size + 1]);
        }
    }

    @Test
    void theBitSelectIsTheTernary() {
        double[] x = inputs(5, 2000);
        for (double v : x) {
            double expected = v > 0.0 ? 1.0 : 2.0;
            assertThat(ExponentialKernels.select(v, 1.0, 2.0)).as("x = %s", v).isEqualTo(expected);
        }
        assertThat(ExponentialKernels.select(Double.NaN, 1.0, 2.0)).isEqualTo(2.0);
        assertThat(ExponentialKernels.select(-Double.NaN, 1.0, 2.0)).isEqualTo(2.0);
        assertThat(ExponentialKernels.select(Double.longBitsToDouble(0x7ff8000000000001L), 1.0, 2.0)).isEqualTo(2.0);
        assertThat(ExponentialKernels.select(Double.longBitsToDouble(0xfff0000000000001L), 1.0, 2.0)).isEqualTo(2.0);
    }

    @Test
    void forwardIsTheTernaryFormula() {
        for (double v : inputs(6, 3000)) {
            double expected = v > 0.0 ? v : 1.5 * StableMath.expm1(v);
            assertThat(Double.doubleToRawLongBits(ExponentialKernels.forward(v, 1.0, 1.5, 1.0)))
                    .as("x = %s", v).isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    private static void assertSameBits(double[] actual, double[] expected, String what) {
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("%s, entry %d", what, i).isNaN();
            } else {
                assertThat(Double.doubleToRawLongBits(actual[i])).as("%s, entry %d: %s vs %s", what, i, actual[i], expected[i])
                        .isEqualTo(Double.doubleToRawLongBits(expected[i]));
            }
        }
    }
}
