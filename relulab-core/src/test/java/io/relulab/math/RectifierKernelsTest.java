package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.relulab.random.NumpyRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-unit slope passes (PReLU): the plain and the vector forms, both called explicitly, against the one-element
 * formulas, bit for bit, on random shapes covering every lane remainder of vector widths 2 to 8, with zeros of both
 * signs, subnormals, infinities and NaN among the inputs and slopes of both signs, −0 and above 1. Every result is
 * compared by its bits, except that a NaN equals any NaN: where a sum meets two different NaNs (an input's and the
 * one ∞·0 makes), which one it keeps depends on the order in which the compiled code hands the operands to the
 * processor, which Java leaves open for every addition (HotSpot commutes them at will, in the plain form as well).
 */
class RectifierKernelsTest {

    /** 200 seeded shapes: rows in 1..9, units in 1..40, with or without the input gradient. */
    static Stream<int[]> shapes() {
        NumpyRandom random = new NumpyRandom(21);
        return IntStream.range(0, 200).mapToObj(i -> new int[] {random.randint(1, 10), random.randint(1, 41), i});
    }

    private static double[] entries(NumpyRandom random, int size) {
        double[] values = new double[size + 3]; // longer than the shape, as the engine's buffers are
        for (int i = 0; i < values.length; i++) {
            double u = random.uniform(0, 1);
            values[i] = u < 0.04 ? 0.0 : u < 0.08 ? -0.0 : u < 0.10 ? Double.MIN_VALUE * random.randint(1, 1000)
                    : u < 0.11 ? -Double.MIN_VALUE : u < 0.12 ? Double.POSITIVE_INFINITY
                    : u < 0.13 ? Double.NEGATIVE_INFINITY : u < 0.135 ? Double.NaN : random.uniform(-3, 3);
        }
        return values;
    }

    private static double[] slopes(NumpyRandom random, int units) {
        double[] alpha = new double[units];
        double[] choices = {0.0, -0.0, 0.25, -0.3, 1.7, 0.01};
        for (int j = 0; j < units; j++) {
            alpha[j] = random.uniform(0, 1) < 0.5 ? choices[random.randint(0, choices.length)] : random.uniform(-2, 2);
        }
        return alpha;
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void bothFormsGiveTheOneElementFormulasBits(int[] shape) {
        int rows = shape[0];
        int units = shape[1];
        NumpyRandom random = new NumpyRandom(500 + shape[2]);
        double[] z = entries(random, rows * units);
        double[] g = entries(random, rows * units);
        double[] alpha = slopes(random, units);
        boolean input = shape[2] % 3 != 0;

        double[] y = new double[rows * units];
        double[] dz = new double[rows * units];
        double[] dAlpha = new double[units];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < units; j++) {
                int i = r * units + j;
                y[i] = z[i] * RectifierKernels.slope(z[i], alpha[j]);
                dz[i] = g[i] * RectifierKernels.slope(z[i], alpha[j]);
                dAlpha[j] += g[i] * Math.min(0.0, z[i]);
            }
        }

        double[][] scratch = RectifierKernels.scratch(units);
        double[] plainY = new double[z.length];
        double[] plainDz = new double[z.length];
        double[] plainAlpha = new double[units + 1];
        RectifierKernels.scalarSlopedForward(z, alpha, plainY, rows, units, scratch);
        RectifierKernels.scalarSlopedBackward(z, alpha, g, input ? plainDz : null, plainAlpha, rows, units, scratch);
        assertSameBits(plainY, y, rows * units, "plain forward", shape);
        if (input) {
            assertSameBits(plainDz, dz, rows * units, "plain input gradient", shape);
        }
        assertSameBits(plainAlpha, dAlpha, units, "plain alpha gradient", shape);

        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "no jdk.incubator.vector");
        double[] vectorY = new double[z.length];
        double[] vectorDz = new double[z.length];
        double[] vectorAlpha = new double[units + 1];
        VectorRectifierKernels.slopedForwardInPlace(z, alpha, vectorY, rows, units);
        VectorRectifierKernels.slopedBackwardInPlace(z, alpha, g, input ? vectorDz : null, vectorAlpha, rows, units);
        assertSameBits(vectorY, y, rows * units, "vector forward", shape);
        if (input) {
            assertSameBits(vectorDz, dz, rows * units, "vector input gradient", shape);
        }
        assertSameBits(vectorAlpha, dAlpha, units, "vector alpha gradient", shape);
    }

    private static void assertSameBits(double[] actual, double[] expected, int size, String pass, int[] shape) {
        for (int i = 0; i < size; i++) {
            assertThat(Double.doubleToLongBits(actual[i]))
                    .as("%s, rows %d, units %d, entry %d: %s against %s", pass, shape[0], shape[1], i, actual[i], expected[i])
                    .isEqualTo(Double.doubleToLongBits(expected[i]));
        }
    }
}
