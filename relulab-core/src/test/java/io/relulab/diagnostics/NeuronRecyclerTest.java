package io.relulab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.Relu;
import io.relulab.math.Matrix;
import io.relulab.nn.Dense;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.nn.Rai;
import io.relulab.optim.Adam;
import io.relulab.optim.AdamConfig;
import io.relulab.random.NumpyRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeuronRecyclerTest {

    /** One Adam step on made-up gradients, so that every parameter has non-zero moments; values restored. */
    private static Adam steppedAdam(Network network) {
        Adam adam = AdamConfig.keras(0.01).create();
        double[][] values = network.copyParameterValues();
        for (var parameter : network.parameters()) {
            double[] gradients = parameter.gradients();
            for (int i = 0; i < gradients.length; i++) {
                gradients[i] = 0.5 + i;
            }
        }
        adam.step(network.parameters());
        network.setParameterValuesInPlace(values); // keep the hand-chosen values, with moments set
        return adam;
    }

    @Test
    void recyclingDeadUnitsLeavesTheOutputBitForBitUnchanged() {
        Network network = HandBuiltNetworks.network(new Relu());
        Adam adam = steppedAdam(network);
        Matrix before = network.logits(HandBuiltNetworks.PROBE);
        NeuronRecycler.recycleInPlace(network, 1, new int[] {1, 2}, adam, new NumpyRandom(5));
        NeuronRecycler.recycleInPlace(network, 2, new int[] {1}, adam, new NumpyRandom(6));
        Matrix after = network.logits(HandBuiltNetworks.PROBE);
        assertThat(after.data()).containsExactly(before.data());

        Dense first = network.denseLayers().get(0);
        Dense second = network.denseLayers().get(1);
        double[] kernel = first.weights().values();
        // unit 0 untouched: w = (1, 0); units 1, 2 re-drawn from glorot_uniform (limit sqrt(6/5))
        assertThat(kernel[0]).isEqualTo(1.0);
        assertThat(kernel[3]).isEqualTo(0.0);
        for (int index : new int[] {1, 2, 4, 5}) {
            assertThat(kernel[index]).isNotIn(0.0, -1.0).isBetween(-Math.sqrt(1.2), Math.sqrt(1.2));
        }
        assertThat(first.biases().values()).containsExactly(0.0, 0.0, 0.0);
        // outgoing rows 1 and 2 of the second kernel (entries 2..5) are zero, row 0 kept; column 1 (entries
        // 1, 3, 5) was then re-drawn when unit 1 of hidden layer 2 was recycled
        double[] secondKernel = second.weights().values();
        assertThat(secondKernel[0]).isEqualTo(1.0);
        assertThat(secondKernel[2]).isZero();
        assertThat(secondKernel[4]).isZero();
        assertThat(secondKernel[1]).isNotZero();
        assertThat(second.biases().values()).containsExactly(0.0, 0.0);
        // Adam moments of the changed entries are zero, the others are kept
        for (int slot : new int[] {Adam.FIRST_MOMENT, Adam.SECOND_MOMENT}) {
            double[] moments = adam.stateOf(first.weights(), slot);
            assertThat(moments[0]).isNotZero();
            assertThat(moments[3]).isNotZero();
            for (int index : new int[] {1, 2, 4, 5}) {
                assertThat(moments[index]).isZero();
            }
            assertThat(adam.stateOf(first.biases(), slot)).satisfies(m -> {
                assertThat(m[0]).isNotZero();
                assertThat(m[1]).isZero();
                assertThat(m[2]).isZero();
            });
            double[] outgoing = adam.stateOf(second.weights(), slot);
            assertThat(outgoing[0]).isNotZero();
            for (int index : new int[] {1, 2, 3, 4, 5}) {
                assertThat(outgoing[index]).isZero();
            }
        }
        assertThat(adam.iterations()).isEqualTo(1);
        // the output layer is never recycled: there is no hidden layer 3
        assertThatThrownBy(() -> NeuronRecycler.recycleInPlace(network, 3, new int[] {0}, adam, new NumpyRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hidden layer 3");
    }

    @Test
    void recyclingTheSilentUnitsOfARandomNetworkKeepsItsOutputOnTheProbe() {
        NumpyRandom random = new NumpyRandom(11);
        // a negative bias silences many units
        Network network = NetworkSpec.notebook(20, new Relu()).withBiasInitializer(new io.relulab.nn.Constant(-0.6))
                .build(random);
        double[] data = new double[100 * 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.standardNormal();
        }
        Matrix probe = Matrix.wrap(100, 20, data);
        DeadNeuronReport report = new DeadNeuronAnalyzer(ProbeSet.full(), 0.0).analyze(network, probe, null, 0, 0);
        assertThat(report.totalDormant()).isPositive();
        Matrix before = network.logits(probe);
        List<List<Integer>> recycled = NeuronRecycler.recycleDormantInPlace(network, report, steppedAdam(network), random);
        assertThat(recycled.stream().mapToInt(List::size).sum()).isEqualTo(report.totalDormant());
        assertThat(network.logits(probe).data()).containsExactly(before.data());
        DeadNeuronReport afterRecycling = new DeadNeuronAnalyzer(ProbeSet.full(), 0.0).analyze(network, probe, report, 0, 0);
        int revived = afterRecycling.layers().stream().mapToInt(l -> l.revivedUnits().size()).sum();
        assertThat(revived).isPositive();
    }

    @Test
    void raiKeepsTheFreshBiasBecauseItDrawsItWithTheWeights() {
        NumpyRandom random = new NumpyRandom(2);
        Network network = NetworkSpec.notebook(4, new Relu()).withInitializer(new Rai()).build(random);
        Dense first = network.denseLayers().get(0);
        int[] units = new int[64];
        for (int i = 0; i < units.length; i++) {
            units[i] = i;
        }
        NeuronRecycler.recycleInPlace(network, 1, units, steppedAdam(network), random);
        long nonZeroBiases = java.util.Arrays.stream(first.biases().values()).filter(b -> b != 0).count();
        assertThat(nonZeroBiases).isEqualTo(64);
    }
}
