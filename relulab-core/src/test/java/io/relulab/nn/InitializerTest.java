package io.relulab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.relulab.random.NumpyRandom;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitializerTest {

    private static Dense initialized(Initializer initializer, int fanIn, int fanOut, long seed) {
        Dense dense = new Dense("d", fanIn, fanOut, initializer, new Zeros());
        dense.initialize(new NumpyRandom(seed));
        return dense;
    }

    private static double variance(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum / values.length;
    }

    @Test
    void glorotUniformDrawsRowMajorFromItsLimit() {
        Dense dense = initialized(new GlorotUniform(), 200, 100, 3);
        double limit = Math.sqrt(6.0 / 300);
        // draw order: numpy uniform(−L, L) for W[0][0], W[0][1], …
        NumpyRandom replay = new NumpyRandom(3);
        double[] kernel = dense.weights().values();
        for (double value : Arrays.copyOf(kernel, 10)) {
            assertThat(value).isEqualTo(replay.uniform(-limit, limit));
        }
        assertThat(Arrays.stream(kernel).map(Math::abs).max().getAsDouble()).isLessThan(limit).isGreaterThan(0.99 * limit);
        // Var U(−L, L) = L²/3 = 2/(fan_in + fan_out)
        assertThat(variance(kernel)).isCloseTo(2.0 / 300, within(0.03 * 2.0 / 300));
        assertThat(dense.biases().values()).containsOnly(0.0);
    }

    @Test
    void heUniformLimit() {
        double[] kernel = initialized(new HeUniform(), 50, 400, 4).weights().values();
        double limit = Math.sqrt(6.0 / 50);
        assertThat(Arrays.stream(kernel).map(Math::abs).max().getAsDouble()).isLessThan(limit).isGreaterThan(0.99 * limit);
        assertThat(variance(kernel)).isCloseTo(2.0 / 50, within(0.03 * 2.0 / 50));
    }

    @Test
    void truncatedNormalsHaveTheTargetStandardDeviationAndStayWithinTwoSigma() {
        // Keras: σ = target/0.8796…, redrawn outside ±2σ, so the truncated variance equals target².
        Object[][] cases = {
            {new HeNormal(), 2.0 / 100},
            {new LecunNormal(), 1.0 / 100},
            {new GlorotNormal(), 2.0 / (100 + 300)},
        };
        for (Object[] c : cases) {
            Initializer initializer = (Initializer) c[0];
            double target = (double) c[1];
            double[] kernel = initialized(initializer, 100, 300, 5).weights().values();
            double bound = 2 * Math.sqrt(target) / VarianceScaling.TRUNCATION_CORRECTION;
            assertThat(Arrays.stream(kernel).map(Math::abs).max().getAsDouble()).as(initializer.spec()).isLessThanOrEqualTo(bound);
            assertThat(variance(kernel)).as(initializer.spec()).isCloseTo(target, within(0.03 * target));
        }
    }

    @Test
    void constantsDrawNothing() {
        NumpyRandom random = new NumpyRandom(1);
        NumpyRandom untouched = new NumpyRandom(1);
        Dense dense = new Dense("d", 3, 2, new Constant(0.5), new Constant(-1));
        dense.initialize(random);
        assertThat(dense.weights().values()).containsOnly(0.5);
        assertThat(dense.biases().values()).containsOnly(-1.0);
        assertThat(random.randomSample()).isEqualTo(untouched.randomSample());
        assertThatThrownBy(() -> new Constant(Double.NaN)).hasMessageContaining("value = NaN");
    }

    @Test
    void raiReplacesOneIncomingParameterPerUnitByABetaDraw() {
        int fanIn = 30;
        int units = 4000;
        Dense dense = initialized(new Rai(), fanIn, units, 11);
        double[] kernel = dense.weights().values();
        double[] biases = dense.biases().values();
        // replay the documented order: per unit n + 1 normals, a position, a Beta(2,1) = √U draw
        NumpyRandom replay = new NumpyRandom(11);
        double sigma = 0.6007 / Math.sqrt(fanIn);
        double betaSum = 0;
        int biasChosen = 0;
        double normalSquares = 0;
        int normalCount = 0;
        for (int unit = 0; unit < units; unit++) {
            double[] expected = new double[fanIn + 1];
            for (int i = 0; i <= fanIn; i++) {
                expected[i] = replay.normal(0, sigma);
            }
            int position = (int) (replay.randomSample() * (fanIn + 1));
            double beta = Math.sqrt(replay.randomSample());
            expected[position] = beta;
            for (int i = 0; i < fanIn; i++) {
                assertThat(kernel[i * units + unit]).isEqualTo(expected[i]);
                if (i != position) {
                    normalSquares += expected[i] * expected[i];
                    normalCount++;
                }
            }
            assertThat(biases[unit]).isEqualTo(expected[fanIn]);
            betaSum += beta;
            biasChosen += position == fanIn ? 1 : 0;
        }
        // Beta(2, 1) has mean 2/3; the position is uniform over n + 1 = 31 slots; the rest N(0, σ²)
        assertThat(betaSum / units).isCloseTo(2.0 / 3, within(0.01));
        assertThat((double) biasChosen / units).isCloseTo(1.0 / 31, within(0.01));
        assertThat(normalSquares / normalCount).isCloseTo(sigma * sigma, within(0.02 * sigma * sigma));
        assertThat(new Rai().drawsBiases()).isTrue();
        assertThatThrownBy(() -> new Rai().initializeBiases(dense, new NumpyRandom(1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void reinitializeUnitsTouchesOnlyTheirColumns() {
        for (Initializer initializer : List.of(new GlorotUniform(), new HeNormal(), new Rai())) {
            Dense dense = initialized(initializer, 5, 6, 2);
            double[] before = dense.weights().values().clone();
            double[] biasesBefore = dense.biases().values().clone();
            initializer.reinitializeUnits(dense, new int[] {1, 4}, new NumpyRandom(99));
            double[] after = dense.weights().values();
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 6; j++) {
                    int k = i * 6 + j;
                    if (j == 1 || j == 4) {
                        assertThat(after[k]).as("%s W[%d][%d]", initializer.spec(), i, j).isNotEqualTo(before[k]);
                    } else {
                        assertThat(after[k]).as("%s W[%d][%d]", initializer.spec(), i, j).isEqualTo(before[k]);
                    }
                }
            }
            for (int j : new int[] {0, 2, 3, 5}) {
                assertThat(dense.biases().values()[j]).isEqualTo(biasesBefore[j]);
            }
            assertThatThrownBy(() -> initializer.reinitializeUnits(dense, new int[] {6}, new NumpyRandom(1)))
                    .isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void specsAreTheCommandLineNames() {
        assertThat(List.of(new GlorotUniform(), new GlorotNormal(), new HeNormal(), new HeUniform(), new LecunNormal(), new Rai(),
                new Zeros()).stream().map(Initializer::spec))
                .containsExactly("glorot_uniform", "glorot_normal", "he_normal", "he_uniform", "lecun_normal", "rai", "zeros");
        assertThat(new Constant(0.01).spec()).isEqualTo("constant:0.01");
    }
}
