package io.relulab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.math.Matrix;
import io.relulab.nn.Dense;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

class DeadNeuronAnalyzerTest {

    private static final DeadNeuronAnalyzer ANALYZER = new DeadNeuronAnalyzer(ProbeSet.full(), 0.1);

    @Test
    void reluUnitsThatNeverFireAreInactiveDeadAndDormant() {
        DeadNeuronReport report = ANALYZER.analyze(HandBuiltNetworks.network(new Relu()), HandBuiltNetworks.PROBE, null, 1, 25);
        LayerSnapshot first = report.layer(1);
        assertThat(first.probeRows()).isEqualTo(3);
        assertThat(first.inactiveUnits()).containsExactly(1, 2);
        assertThat(first.deadUnits()).containsExactly(1, 2);
        assertThat(first.dormantUnits()).containsExactly(1, 2);
        assertThat(first.newlyDeadUnits()).containsExactly(1, 2);
        assertThat(first.revivedUnits()).isEmpty();
        // unit 0 outputs 0, 1, 2: mean |h| = 1; layer mean = 1/3, so its score is 3
        assertThat(first.scores().get(0)).isCloseTo(3.0, within(1e-7));
        assertThat(first.scores().get(1)).isZero();
        assertThat(first.unitActivationProbabilities()).containsExactly(2.0 / 3, 0.0, 0.0);
        assertThat(first.activationProbability()).isCloseTo(2.0 / 9, within(1e-15));
        // layer 2, unit 1: pre-activation exactly 0 everywhere, ReLU'(0) = 0 (PyTorch convention)
        LayerSnapshot second = report.layer(2);
        assertThat(second.deadUnits()).containsExactly(1);
        assertThat(second.inactiveUnits()).containsExactly(1);
        assertThat(report.totalDead()).isEqualTo(3);
        assertThat(report.epoch()).isEqualTo(1);
        assertThat(report.step()).isEqualTo(25);
        assertThat(first.deadFraction()).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void leakyReluAndEluUnitsCanBeInactiveButNeverDead() {
        for (var activation : new io.relulab.activation.Activation[] {new LeakyRelu(0.1), new Elu(1.0)}) {
            DeadNeuronReport report = ANALYZER.analyze(HandBuiltNetworks.network(activation), HandBuiltNetworks.PROBE, null, 1, 0);
            assertThat(report.layer(1).inactiveUnits()).as("%s", activation).containsExactly(1, 2);
            assertThat(report.layer(2).inactiveUnits()).as("%s", activation).containsExactly(1);
            assertThat(report.totalDead()).as("%s", activation).isZero();
        }
    }

    @Test
    void preluWithSlopeZeroCanBeDeadButNotWithAPositiveSlope() {
        DeadNeuronReport zero = ANALYZER.analyze(HandBuiltNetworks.network(new PRelu(0.0)), HandBuiltNetworks.PROBE, null, 1, 0);
        assertThat(zero.layer(1).deadUnits()).containsExactly(1, 2);
        DeadNeuronReport quarter = ANALYZER.analyze(HandBuiltNetworks.network(new PRelu(0.25)), HandBuiltNetworks.PROBE, null, 1, 0);
        assertThat(quarter.totalDead()).isZero();
    }

    @Test
    void tracksNewlyDeadAndRevivedUnitsBetweenChecks() {
        Network network = HandBuiltNetworks.network(new Relu());
        DeadNeuronReport before = ANALYZER.analyze(network, HandBuiltNetworks.PROBE, null, 1, 0);
        Dense first = network.denseLayers().get(0);
        first.biases().values()[1] = 1.0; // unit 1 now fires everywhere
        first.weights().values()[0] = 0.0; // unit 0 now has w = (0, 0), b = 0: pre-activation 0 everywhere
        DeadNeuronReport after = ANALYZER.analyze(network, HandBuiltNetworks.PROBE, before, 2, 0);
        assertThat(after.layer(1).deadUnits()).containsExactly(0, 2);
        assertThat(after.layer(1).newlyDeadUnits()).containsExactly(0);
        assertThat(after.layer(1).revivedUnits()).containsExactly(1);
    }

    @Test
    void firstRowsLooksOnlyAtThoseRows() {
        // on the first row alone (x0 = -1) unit 0 of layer 1 never fires
        DeadNeuronReport report = new DeadNeuronAnalyzer(ProbeSet.firstRows(1), 0.1)
                .analyze(HandBuiltNetworks.network(new Relu()), HandBuiltNetworks.PROBE, null, 1, 0);
        assertThat(report.layer(1).probeRows()).isEqualTo(1);
        assertThat(report.layer(1).deadUnits()).containsExactly(0, 1, 2);
    }

    @Test
    void streamedProbeGivesTheSameReportAsTheFullSet() {
        NumpyRandom random = new NumpyRandom(3);
        Network network = NetworkSpec.notebook(20, new Relu()).build(random);
        double[] data = new double[250 * 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.normal(-0.5, 2.0);
        }
        Matrix features = Matrix.wrap(250, 20, data);
        DeadNeuronReport full = new DeadNeuronAnalyzer(ProbeSet.full(), 0.1).analyze(network, features, null, 1, 0);
        DeadNeuronReport streamed = new DeadNeuronAnalyzer(ProbeSet.streamed(64), 0.1).analyze(network, features, null, 1, 0);
        assertThat(streamed.layers()).isEqualTo(full.layers());
        assertThat(full.layer(1).probeRows()).isEqualTo(250);
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new DeadNeuronAnalyzer(ProbeSet.full(), -0.1)).hasMessageContaining("tau");
        assertThatThrownBy(() -> ProbeSet.firstRows(0)).hasMessageContaining("rows");
        assertThat(ProbeSet.streamed(100).ranges(250)).extracting(r -> r[1]).containsExactly(100, 200, 250);
        assertThat(ProbeSet.notebook().describe()).isEqualTo("first100");
    }
}
