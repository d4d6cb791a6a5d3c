package io.relulab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.Gelu;
import io.relulab.activation.Relu;
import io.relulab.activation.Sigmoid;
import io.relulab.math.Matrix;
import io.relulab.nn.ActivationLayer;
import io.relulab.nn.Dense;
import io.relulab.nn.Network;
import io.relulab.nn.OutputHead;
import io.relulab.random.NumpyRandom;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnitStatisticsTest {

    /** Probe rows with x in [−1, 1]; the planted units below have zero incoming weights, so z = b on every row. */
    private static final Matrix PROBE = Matrix.of(new double[][] {{-1}, {-0.25}, {0.5}, {1}});

    private static final DeadNeuronAnalyzer ANALYZER = new DeadNeuronAnalyzer(ProbeSet.full(), 0.1);

    /** A 1 → k → 1 network whose hidden unit j has w = 0 and bias {@code biases[j]}, except unit 0 (w = 1, b = 0). */
    private static Network plantedNetwork(Activation activation, double... biases) {
        Dense hidden = new Dense("dense_1", 1, biases.length);
        double[] weights = new double[biases.length];
        weights[0] = 1;
        hidden.weights().setValuesInPlace(weights);
        hidden.biases().setValuesInPlace(biases);
        Dense output = new Dense("dense_2", biases.length, 1);
        return new Network(List.of(hidden, new ActivationLayer(activation, biases.length), output), OutputHead.SIGMOID);
    }

    @Test
    void plantedEluUnitsAreSaturatedButNotDead() {
        // z = −40: ELU′ = e^−40 ≈ 4e-18; z = −7: e^−7 ≈ 9.1e-4 < 1e-3; z = −6.8: e^−6.8 ≈ 1.1e-3; z = −1: 0.37
        LayerSnapshot layer = ANALYZER.analyze(plantedNetwork(new Elu(1.0), 0, -40, -7, -6.8, -1), PROBE, null, 1, 0).layer(1);
        assertThat(layer.saturatedUnits()).containsExactly(1, 2);
        assertThat(layer.deadUnits()).isEmpty();
        assertThat(layer.inactiveUnits()).containsExactly(1, 2, 3, 4);
        // |h| ≈ α for the z = −40 unit: the ReDo score cannot see it
        assertThat(layer.dormantUnits()).doesNotContain(1);
        assertThat(Math.log(DeadNeuronAnalyzer.DEFAULT_SATURATION_EPSILON)).isBetween(-6.92, -6.90);
    }

    @Test
    void plantedGeluUnitsAreSaturatedOnBothTailsOnlyWhenTheSlopeVanishes() {
        // GELU′(z) = Φ(z) + z·φ(z): ≈ −5.0e-4 at z = −4, ≈ −2.8e-3 at z = −3.5, ≈ 1 at z = 10, ≈ −7.7e-22 at z = −10
        LayerSnapshot layer = ANALYZER.analyze(plantedNetwork(new Gelu(), 0, -10, -4, -3.5, 10), PROBE, null, 1, 0).layer(1);
        assertThat(layer.saturatedUnits()).containsExactly(1, 2);
        assertThat(layer.deadUnits()).isEmpty();
    }

    @Test
    void sigmoidUnitsSaturateOnBothSides() {
        // σ′(z) = σ(z)(1 − σ(z)) ≈ e^−|z| for large |z|: 4.5e-5 at ±10, 0.105 at 2
        LayerSnapshot layer = ANALYZER.analyze(plantedNetwork(new Sigmoid(), 0, 10, -10, 2), PROBE, null, 1, 0).layer(1);
        assertThat(layer.saturatedUnits()).containsExactly(1, 2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyDeadReluUnitIsSaturated(long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        double[] biases = IntStream.range(0, 12).mapToDouble(i -> random.uniform(-2, 1)).toArray();
        Network network = plantedNetwork(new Relu(), biases);
        LayerSnapshot layer = ANALYZER.analyze(network, PROBE, null, 1, 0).layer(1);
        assertThat(layer.saturatedUnits()).containsAll(layer.deadUnits());
        for (int unit = 1; unit < biases.length; unit++) {
            assertThat(layer.deadUnits().contains(unit)).as("unit %d, b = %s", unit, biases[unit]).isEqualTo(biases[unit] <= 0);
        }
    }

    @Test
    void oneValueAtATimeEqualsRowMajorBatches() {
        NumpyRandom random = new NumpyRandom(7);
        int units = 5;
        int rows = 37;
        double[] z = new double[rows * units];
        double[] h = new double[rows * units];
        for (int i = 0; i < z.length; i++) {
            z[i] = random.uniform(-3, 3);
            h[i] = new Elu(1.0).value(z[i]);
        }
        UnitDerivative derivative = (unit, pre) -> new Elu(1.0).derivative(pre);
        UnitStatistics batched = new UnitStatistics(units, derivative);
        batched.addRows(java.util.Arrays.copyOfRange(z, 0, 10 * units), java.util.Arrays.copyOfRange(h, 0, 10 * units), 10);
        batched.addRows(java.util.Arrays.copyOfRange(z, 10 * units, z.length), java.util.Arrays.copyOfRange(h, 10 * units, h.length),
                rows - 10);
        UnitStatistics single = new UnitStatistics(units, derivative);
        for (int i = 0; i < z.length; i++) {
            single.add(i % units, z[i], h[i]);
        }
        assertThat(batched.measures(0.1, 1e-3)).isEqualTo(single.measures(0.1, 1e-3));
        UnitMeasures measures = single.measures(0.1, 1e-3);
        assertThat(measures.valuesPerUnit()).isEqualTo(rows);
        for (int unit = 0; unit < units; unit++) {
            int column = unit;
            double min = IntStream.range(0, rows).mapToDouble(r -> z[r * units + column]).min().orElseThrow();
            double max = IntStream.range(0, rows).mapToDouble(r -> z[r * units + column]).max().orElseThrow();
            assertThat(measures.smallestPreActivations().get(unit)).isEqualTo(min);
            assertThat(measures.largestPreActivations().get(unit)).isEqualTo(max);
            assertThat(measures.largestAbsoluteDerivatives().get(unit)).isEqualTo(max > 0 ? 1.0 : Math.exp(max));
        }
    }

    @Test
    void channelsWithManyValuesPerRowAreUnitsToo() {
        // two channels, each row contributes 3 spatial positions per channel
        UnitStatistics statistics = new UnitStatistics(2, (unit, pre) -> new Relu().derivative(pre));
        double[][] channel0 = {{-1, 2, 0}, {-3, -1, -2}};
        double[][] channel1 = {{-1, -2, 0}, {-3, -1, -2}};
        for (int row = 0; row < 2; row++) {
            for (int position = 0; position < 3; position++) {
                statistics.add(0, channel0[row][position], Math.max(0, channel0[row][position]));
                statistics.add(1, channel1[row][position], Math.max(0, channel1[row][position]));
            }
        }
        UnitMeasures measures = statistics.measures(0.1, 1e-3);
        assertThat(measures.valuesPerUnit()).isEqualTo(6);
        assertThat(measures.deadUnits()).containsExactly(1);
        assertThat(measures.inactiveUnits()).containsExactly(1);
        assertThat(measures.unitActivationProbabilities()).containsExactly(1.0 / 6, 0.0);
    }

    @Test
    void rejectsBadThresholdsAndEmptyUnits() {
        UnitStatistics statistics = new UnitStatistics(2, (unit, pre) -> 1);
        statistics.add(0, 1, 1);
        assertThatThrownBy(() -> statistics.measures(0.1, 1e-3)).hasMessageContaining("unit 1 has no probe value");
        statistics.add(1, 1, 1);
        assertThatThrownBy(() -> statistics.measures(0.1, 0)).hasMessageContaining("saturationEpsilon");
        assertThatThrownBy(() -> statistics.measures(-1, 1e-3)).hasMessageContaining("tau");
        assertThatThrownBy(() -> new UnitStatistics(0, (unit, pre) -> 1)).hasMessageContaining("units");
        assertThatThrownBy(() -> new DeadNeuronAnalyzer(ProbeSet.full(), 0.1, Double.NaN)).hasMessageContaining("saturationEpsilon");
    }

    @Test
    void floatBlocksCountEveryPositionOfAChannelAsAValueOfThatUnit() {
        // a [N=2, C=2, L=3] tensor of ReLU pre-activations; channel 1 is ≤ 0 at every batch row and position
        float[] z = {1f, -2f, 3f, -1f, 0f, -5f, /* row 2 */ -1f, -1f, -1f, -4f, -0.5f, -2f};
        float[] h = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            h[i] = Math.max(0f, z[i]);
        }
        UnitStatistics channels = new UnitStatistics(2, (unit, x) -> new Relu().derivative(x));
        channels.addFloatBlocks(z, h, 2, 3);
        UnitMeasures measures = channels.measures(0.1, 1e-3);
        assertThat(measures.valuesPerUnit()).isEqualTo(6);
        assertThat(measures.deadUnits()).containsExactly(1);
        assertThat(measures.unitActivationProbabilities()).containsExactly(2.0 / 6, 0.0);
        assertThat(measures.smallestPreActivations()).containsExactly(-2.0, -5.0);
        assertThat(measures.largestPreActivations()).containsExactly(3.0, 0.0);

        // the same values one at a time give the same measures
        UnitStatistics oneByOne = new UnitStatistics(2, (unit, x) -> new Relu().derivative(x));
        for (int i = 0; i < z.length; i++) {
            oneByOne.add((i / 3) % 2, z[i], h[i]);
        }
        assertThat(oneByOne.measures(0.1, 1e-3)).isEqualTo(measures);
        assertThatThrownBy(() -> channels.addFloatBlocks(z, h, 3, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Shapes [outer, units, inner] with inner ≥ 2, including lengths that are not multiples of the four lanes. */
    @ParameterizedTest
    @ValueSource(strings = {"3,4,40", "2,3,2", "5,2,7", "1,1,4", "4,6,13"})
    void floatBlocksGiveTheMeasuresOfAddExceptTheScoresWhichFollowTheDocumentedBlockOrder(String shape) {
        int[] dims = java.util.Arrays.stream(shape.split(",")).mapToInt(Integer::parseInt).toArray();
        int outer = dims[0];
        int units = dims[1];
        int inner = dims[2];
        NumpyRandom random = new NumpyRandom(3 + outer * 100 + inner);
        float[] z = new float[outer * units * inner];
        float[] h = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            int unit = (i / inner) % units;
            z[i] = unit == 1 % units ? -(float) Math.abs(random.standardNormal()) : (float) random.standardNormal();
        }
        // signed zeros as extremes (the first of equal values is kept), an infinity and a NaN
        z[1] = -0f;
        z[0] = 0f;
        if (z.length > 9) {
            z[9] = Float.NaN;
            z[z.length - 1] = Float.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < z.length; i++) {
            h[i] = z[i] > 0 ? z[i] : 0.01f * z[i]; // Leaky ReLU, so that |h| > 0 below zero as well
        }
        for (Activation activation : List.of(new Relu(), new io.relulab.activation.LeakyRelu(0.01), new Elu(1.0))) {
            UnitDerivative derivative = new UnitDerivative() {
                @Override
                public double at(int unit, double x) {
                    return activation.derivative(x);
                }

                @Override
                public double largestAbsolute(int unit, float[] values, int from, int to) {
                    return activation.largestAbsoluteDerivative(values, from, to);
                }
            };
            UnitStatistics blocks = new UnitStatistics(units, derivative);
            blocks.addFloatBlocks(z, h, outer, inner);
            UnitStatistics oneByOne = new UnitStatistics(units, (unit, x) -> activation.derivative(x));
            for (int i = 0; i < z.length; i++) {
                oneByOne.add((i / inner) % units, z[i], h[i]);
            }
            UnitMeasures measures = blocks.measures(0.1, 1e-3);
            UnitMeasures expected = oneByOne.measures(0.1, 1e-3);
            assertThat(measures.largestAbsoluteDerivatives()).isEqualTo(expected.largestAbsoluteDerivatives());
            assertThat(measures.smallestPreActivations()).isEqualTo(expected.smallestPreActivations());
            assertThat(measures.largestPreActivations()).isEqualTo(expected.largestPreActivations());
            assertThat(measures.unitActivationProbabilities()).isEqualTo(expected.unitActivationProbabilities());
            assertThat(measures.deadUnits()).isEqualTo(expected.deadUnits());
            assertThat(measures.inactiveUnits()).isEqualTo(expected.inactiveUnits());
            assertThat(measures.saturatedUnits()).isEqualTo(expected.saturatedUnits());
            assertThat(measures.valuesPerUnit()).isEqualTo(expected.valuesPerUnit());
            assertThat(measures.scores()).isEqualTo(documentedOrderScores(h, outer, units, inner));
        }
    }

    /** The ReDo scores with Σ|h| taken as addFloatBlocks documents: four lanes per block, blocks in order. */
    private static List<Double> documentedOrderScores(float[] h, int outer, int units, int inner) {
        double[] sums = new double[units];
        for (int block = 0; block < outer; block++) {
            for (int unit = 0; unit < units; unit++) {
                int from = (block * units + unit) * inner;
                double[] lanes = new double[4];
                int full = inner / 4 * 4;
                for (int p = 0; p < full; p++) {
                    lanes[p % 4] += Math.abs((double) h[from + p]);
                }
                double sum = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
                for (int p = full; p < inner; p++) {
                    sum += Math.abs((double) h[from + p]);
                }
                sums[unit] += sum;
            }
        }
        double layer = 0;
        double[] means = new double[units];
        for (int unit = 0; unit < units; unit++) {
            means[unit] = sums[unit] / ((long) outer * inner);
            layer += means[unit];
        }
        double layerMean = layer / units;
        return java.util.Arrays.stream(means).map(mean -> mean / (layerMean + UnitStatistics.SCORE_EPSILON)).boxed().toList();
    }

    @Test
    void floatRowsAreAddedValueByValueAsAddDoes() {
        // inner = 1 ([N, F] and [N, T, F]): the same bits as add(), the ReDo score included
        NumpyRandom random = new NumpyRandom(11);
        int rows = 37;
        int units = 5;
        float[] z = new float[rows * units];
        float[] h = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (random.standardNormal() * 1e3);
            h[i] = Math.max(0f, z[i]) + (float) random.standardNormal() * 1e-3f;
        }
        Relu relu = new Relu();
        UnitStatistics rowsAtOnce = new UnitStatistics(units, (unit, x) -> relu.derivative(x));
        rowsAtOnce.addFloatBlocks(z, h, rows, 1);
        UnitStatistics oneByOne = new UnitStatistics(units, (unit, x) -> relu.derivative(x));
        for (int i = 0; i < z.length; i++) {
            oneByOne.add(i % units, z[i], h[i]);
        }
        assertThat(rowsAtOnce.measures(0.1, 1e-3)).isEqualTo(oneByOne.measures(0.1, 1e-3));
    }
}
