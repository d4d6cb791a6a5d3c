package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.random.NumpyRandom;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The blocked kernels against naive triple loops that add the same terms in the same order, one {@link Math#fma}
 * per term: results must be bit-identical, for shapes that exercise every block remainder and the width-1 paths.
 */
class MatrixKernelsTest {

    private static double[] random(NumpyRandom random, int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = random.uniform(-2, 2);
        }
        return values;
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "32,20,64", "32,64,32", "32,32,1", "7,5,3", "5,9,2", "3,1,6", "2,4,1", "1,7,1", "13,6,9"})
    void multiplyAccumulateMatchesTheNaiveOrder(int m, int k, int n) {
        NumpyRandom random = new NumpyRandom(1);
        double[] a = random(random, m * k);
        double[] b = random(random, k * n);
        double[] c = random(random, m * n);
        double[] expected = c.clone();
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < n; j++) {
                double sum = expected[r * n + j];
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(a[r * k + p], b[p * n + j], sum);
                }
                expected[r * n + j] = sum;
            }
        }
        MatrixKernels.multiplyAccumulate(a, b, c, m, k, n);
        assertThat(c).containsExactly(expected);
        double[] fresh = new double[m * n + 3];
        Arrays.fill(fresh, 42.0);
        MatrixKernels.multiply(a, b, fresh, m, k, n);
        assertThat(fresh[m * n]).as("entries beyond the shape are untouched").isEqualTo(42.0);
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "32,20,64", "32,64,32", "32,32,1", "7,5,3", "5,9,2", "3,1,6", "6,4,1", "13,6,9"})
    void multiplyTransposedLeftMatchesTheNaiveOrder(int m, int k, int n) {
        NumpyRandom random = new NumpyRandom(2);
        double[] a = random(random, m * k);
        double[] b = random(random, m * n);
        double[] expected = new double[k * n];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int r = 0; r < m; r++) {
                    sum = Math.fma(a[r * k + i], b[r * n + j], sum);
                }
                expected[i * n + j] = sum;
            }
        }
        double[] c = random(random, k * n);
        MatrixKernels.multiplyTransposedLeft(a, b, c, m, k, n);
        assertThat(c).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "32,32,64", "32,1,32", "32,64,20", "7,5,3", "5,9,2", "3,1,6", "6,4,1", "13,6,9"})
    void multiplyTransposedRightMatchesTheNaiveOrder(int m, int k, int n) {
        NumpyRandom random = new NumpyRandom(3);
        double[] a = random(random, m * k);
        double[] b = random(random, n * k);
        double[] expected = new double[m * n];
        for (int r = 0; r < m; r++) {
            for (int i = 0; i < n; i++) {
                double sum = 0.0;
                for (int j = 0; j < k; j++) {
                    sum = Math.fma(a[r * k + j], b[i * k + j], sum);
                }
                expected[r * n + i] = sum;
            }
        }
        double[] c = random(random, m * n);
        MatrixKernels.multiplyTransposedRight(a, b, c, m, k, n);
        assertThat(c).containsExactly(expected);
    }

    @org.junit.jupiter.api.Test
    void multiplyAddFollowsTheFusedMultiplyAddChoice() {
        // whatever the processor offers (never asserted): fused when FUSED_MULTIPLY_ADD, else a separate multiply and add
        assertThat(MatrixKernels.FUSED_MULTIPLY_ADD).as("one choice for every machine: fused").isTrue();
        double expected = MatrixKernels.FUSED_MULTIPLY_ADD ? Math.fma(0.1, 0.1, -0.01) : -0.01 + 0.1 * 0.1;
        assertThat(MatrixKernels.multiplyAdd(0.1, 0.1, -0.01)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "32,64", "5,3", "9,7"})
    void sumRowsEqualsSumColumns(int m, int n) {
        NumpyRandom random = new NumpyRandom(5);
        double[] a = random(random, m * n);
        double[][] rows = MatrixKernels.ensureRows(null, m, n);
        MatrixKernels.splitRows(a, m, n, rows);
        double[] byRows = new double[n];
        double[] byColumns = new double[n];
        MatrixKernels.sumRows(rows, byRows, m, n);
        MatrixKernels.sumColumns(a, byColumns, m, n);
        assertThat(byRows).containsExactly(byColumns);
    }

    @ParameterizedTest
    @CsvSource({"1,1", "32,64", "5,3"})
    void sumColumnsAndBroadcastRows(int m, int n) {
        NumpyRandom random = new NumpyRandom(4);
        double[] a = random(random, m * n);
        double[] sums = random(random, n);
        MatrixKernels.sumColumns(a, sums, m, n);
        for (int j = 0; j < n; j++) {
            double sum = 0.0;
            for (int r = 0; r < m; r++) {
                sum += a[r * n + j];
            }
            assertThat(sums[j]).isEqualTo(sum);
        }
        double[] rows = new double[m * n];
        MatrixKernels.broadcastRows(sums, rows, m, n);
        for (int r = 0; r < m; r++) {
            assertThat(Arrays.copyOfRange(rows, r * n, r * n + n)).containsExactly(Arrays.copyOf(sums, n));
        }
    }

    @ParameterizedTest
    @CsvSource({"2,3"})
    void smallProductByHand(int m, int n) {
        // [1 2; 3 4] · [1 0 -1; 2 1 0] = [5 2 -1; 11 4 -3]
        double[] a = {1, 2, 3, 4};
        double[] b = {1, 0, -1, 2, 1, 0};
        double[] c = new double[m * n];
        MatrixKernels.multiply(a, b, c, 2, 2, 3);
        assertThat(c).containsExactly(5, 2, -1, 11, 4, -3);
        // Aᵀ·A = [1 3; 2 4]·[1 2; 3 4] = [10 14; 14 20]; A·Aᵀ = [5 11; 11 25]
        double[] left = new double[4];
        MatrixKernels.multiplyTransposedLeft(a, a, left, 2, 2, 2);
        assertThat(left).containsExactly(10, 14, 14, 20);
        double[] right = new double[4];
        MatrixKernels.multiplyTransposedRight(a, a, right, 2, 2, 2);
        assertThat(right).containsExactly(5, 11, 11, 25);
    }
}
