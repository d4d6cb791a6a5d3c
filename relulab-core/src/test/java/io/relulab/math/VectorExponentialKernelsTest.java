package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.relulab.random.NumpyRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vector forms of the exponential linear family against the one-element formulas ({@link ExponentialKernels#forward}
 * and the backward's ∂L/∂y·(P for z &gt; 0, else y·S + O)), element by element, on seeded random arrays that mix
 * ordinary values with ±0, subnormals, ±∞, values past the clamps (−38, 709), the largest magnitudes and NaNs of
 * both signs, quiet and signalling, with payloads. Every result is compared by its bits, except that a NaN result
 * only has to be a NaN: where one sum meets two different NaNs, which payload survives depends on the operand
 * order HotSpot picks for a commutative operation, in the scalar form too.
 */
class VectorExponentialKernelsTest {

    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        -Double.MIN_NORMAL, -0x1p-1060, 1e-300, -1e-300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -37.99,
        -38, -38.5, -744.5, -800, 708.9, 709.5, 1e308, -1e308, Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN,
        -Double.NaN, Double.longBitsToDouble(0x7ff8000000000123L), Double.longBitsToDouble(0xfff80000000abcdeL),
        Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff4000000000777L)};

    private static double[] inputs(long seed, int size) {
        NumpyRandom random = new NumpyRandom(seed);
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            double u = random.uniform(0, 1);
            values[i] = u < 0.2 ? SPECIAL[random.randint(0, SPECIAL.length)]
                    : u < 0.4 ? -Math.pow(10, random.uniform(-320, 3))
                    : u < 0.5 ? Math.pow(10, random.uniform(-320, 3)) : random.uniform(-8, 8);
        }
        return values;
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "1.0507009873554805, 1.7580993408473766, 1", "1, 0.5, 0.5", "1, 2.5, 2.5", "1, 0, 1",
        "1, 1.5, 1"})
    void forwardAndBackwardGiveTheBitsOfTheOneElementFormulas(double positive, double negative, double divisor) {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "no jdk.incubator.vector");
        int chunk = VectorExponentialKernels.CHUNK;
        int[] sizes = IntStream.concat(IntStream.range(1, 40),
                IntStream.of(chunk - 1, chunk, chunk + 3, 2048, 3 * chunk + 5)).toArray();
        for (int size : sizes) {
            double[] z = inputs(7000 + size, size + 2);
            double[] y = new double[z.length];
            VectorExponentialKernels.forwardInPlace(z, y, 1, size + 1, positive, negative, divisor);
            double[] inPlace = z.clone();
            VectorExponentialKernels.forwardInPlace(inPlace, inPlace, 1, size + 1, positive, negative, divisor);
            double[] g = inputs(8000 + size, size + 2);
            double[] d = new double[z.length];
            VectorExponentialKernels.backwardInPlace(z, y, g, d, 1, size + 1, positive, 1 / divisor, negative);
            for (int i = 1; i <= size; i++) {
                double expected = ExponentialKernels.forward(z[i], positive, negative, divisor);
                assertSameBits(y[i], expected, "forward", size, z[i]);
                assertSameBits(inPlace[i], expected, "forward in place", size, z[i]);
                double slope = z[i] > 0.0 ? positive : y[i] * (1 / divisor) + negative;
                assertSameBits(d[i], g[i] * slope, "backward", size, z[i]);
            }
            assertThat(y[0]).isZero();
            assertThat(y[size + 1]).isZero();
            assertThat(d[size + 1]).isZero();
        }
    }

    private static void assertSameBits(double actual, double expected, String what, int size, double z) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as("%s, size %d, z = %s", what, size, z).isNaN();
        } else {
            assertThat(Double.doubleToRawLongBits(actual)).as("%s, size %d, z = %s: %s vs %s", what, size, z, actual,
                    expected).isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }
}
