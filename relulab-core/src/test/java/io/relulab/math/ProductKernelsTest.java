package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.relulab.random.NumpyRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vector kernels against the scalar ones, both called explicitly (not whichever {@link MatrixKernels} chose,
 * and not depending on the processor: the Vector API computes the same lanes on any CPU, in hardware or not):
 * bit for bit on random shapes that cover every panel and lane remainder of any vector width from 2 to 8
 * doubles, with zeros of both signs, subnormals and infinities among the entries.
 */
class ProductKernelsTest {

    private static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** 300 seeded shapes: m in 1..9, k in 1..40, n in 1..70 (every remainder modulo 2, 4, 8, 16 and 32). */
    static Stream<int[]> shapes() {
        NumpyRandom random = new NumpyRandom(13);
        return IntStream.range(0, 300).mapToObj(i -> new int[] {
            random.randint(1, 10), random.randint(1, 41), random.randint(1, 71), i});
    }

    private static double[] entries(NumpyRandom random, int size) {
        double[] values = new double[size + 5]; // longer than the shape, as the engine's buffers are
        for (int i = 0; i < values.length; i++) {
            double u = random.uniform(0, 1);
            values[i] = u < 0.03 ? 0.0 : u < 0.06 ? -0.0 : u < 0.07 ? Double.MIN_VALUE * random.randint(1, 1000)
                    : random.uniform(-3, 3);
        }
        return values;
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void vectorAndScalarKernelsGiveTheSameBits(int[] shape) {
        assumeTrue(vectorModulePresent(), "this JVM runs without jdk.incubator.vector");
        int m = shape[0];
        int k = shape[1];
        int n = shape[2];
        NumpyRandom random = new NumpyRandom(1000 + shape[3]);
        ProductKernels scalar = ScalarProductKernels.INSTANCE;
        ProductKernels vector = VectorProductKernels.INSTANCE;
        ProductBuffers scalarBuffers = new ProductBuffers();
        ProductBuffers vectorBuffers = new ProductBuffers();

        double[] a = entries(random, m * k);
        double[] b = entries(random, k * n);
        double[] start = entries(random, m * n);
        double[] bySc = start.clone();
        double[] byVe = start.clone();
        scalar.multiplyAccumulate(a, b, bySc, m, k, n, bySc, 0, n, scalarBuffers);
        vector.multiplyAccumulate(a, b, byVe, m, k, n, byVe, 0, n, vectorBuffers);
        assertBitIdentical(byVe, bySc, "C += A·B", shape);

        double[] bias = entries(random, n + 2);
        double[] fromBiasSc = entries(random, m * n);
        double[] fromBiasVe = fromBiasSc.clone();
        scalar.multiplyAccumulate(a, b, fromBiasSc, m, k, n, bias, 2, 0, scalarBuffers);
        vector.multiplyAccumulate(a, b, fromBiasVe, m, k, n, bias, 2, 0, vectorBuffers);
        assertBitIdentical(fromBiasVe, fromBiasSc, "C = 1·biasᵀ + A·B", shape);

        double[] g = entries(random, m * n);
        double[] left = entries(random, k * n);
        double[] leftVe = left.clone();
        double[] sums = entries(random, n);
        double[] sumsVe = sums.clone();
        scalar.multiplyTransposedLeft(a, g, left, m, k, n, sums, scalarBuffers);
        vector.multiplyTransposedLeft(a, g, leftVe, m, k, n, sumsVe, vectorBuffers);
        assertBitIdentical(leftVe, left, "Aᵀ·B", shape);
        assertBitIdentical(sumsVe, sums, "column sums of B", shape);

        double[] x = entries(random, m * k);
        double[] w = entries(random, n * k);
        double[] right = entries(random, m * n);
        double[] rightVe = right.clone();
        scalar.multiplyTransposedRight(x, w, right, m, k, n, scalarBuffers);
        vector.multiplyTransposedRight(x, w, rightVe, m, k, n, vectorBuffers);
        assertBitIdentical(rightVe, right, "A·Bᵀ", shape);
    }

    /** The shapes of the notebook network's training step (batch 32, 20 → 64 → 32 → 1), and of a larger batch. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"32,20,64", "32,64,32", "32,32,1", "32,32,64", "32,1,32", "400,64,32",
        "400,20,64", "37,64,32"})
    void theEngineShapesGiveTheSameBits(int m, int k, int n) {
        vectorAndScalarKernelsGiveTheSameBits(new int[] {m, k, n, m * 1000 + k * 10 + n});
    }

    @Test
    void infinitiesAndNanPropagateAlikeInBothKernels() {
        assumeTrue(vectorModulePresent(), "this JVM runs without jdk.incubator.vector");
        int m = 5;
        int k = 5;
        int n = 19;
        NumpyRandom random = new NumpyRandom(7);
        double[] a = entries(random, m * k);
        a[2] = Double.POSITIVE_INFINITY;
        a[7] = Double.NaN;
        double[] b = entries(random, k * n);
        b[n + 3] = Double.NEGATIVE_INFINITY;
        double[] c1 = new double[m * n];
        double[] c2 = new double[m * n];
        ScalarProductKernels.INSTANCE.multiplyAccumulate(a, b, c1, m, k, n, c1, 0, n, new ProductBuffers());
        VectorProductKernels.INSTANCE.multiplyAccumulate(a, b, c2, m, k, n, c2, 0, n, new ProductBuffers());
        assertBitIdentical(c2, c1, "A·B with ±∞ and NaN", new int[] {m, k, n});
    }

    @Test
    void theChosenKernelsFollowTheModule() {
        assertThat(MatrixKernels.implementation()).isEqualTo(vectorModulePresent() && VectorModule.engaged()
                ? VectorProductKernels.INSTANCE.name() : "scalar");
    }

    private static void assertBitIdentical(double[] actual, double[] expected, String product, int[] shape) {
        for (int i = 0; i < expected.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i]))
                    .as("%s, m=%d k=%d n=%d, entry %d: %s vs %s", product, shape[0], shape[1], shape[2], i, actual[i], expected[i])
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }
}
