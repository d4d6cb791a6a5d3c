package io.relulab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.Gelu;
import io.relulab.activation.Relu;
import io.relulab.math.Matrix;
import io.relulab.nn.ActivationLayer;
import io.relulab.nn.Dense;
import io.relulab.nn.Network;
import io.relulab.nn.OutputHead;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A hand-built network 2 → 4 → 1 whose hidden pre-activations are z_u = 0.1·(x₀ + x₁) + b_u with inputs in [−1, 1],
 * so z_u stays within b_u ± 0.2 on every probe row. The biases plant which units saturate.
 */
class PlantedSaturationTest {

    private static Network network(Activation activation, double... biases) {
        Dense hidden = new Dense("dense_1", 2, 4);
        double[] weights = hidden.weights().values();
        java.util.Arrays.fill(weights, 0.1);
        System.arraycopy(biases, 0, hidden.biases().values(), 0, 4);
        Dense output = new Dense("dense_2", 4, 1);
        java.util.Arrays.fill(output.weights().values(), 1.0);
        return new Network(List.of(hidden, new ActivationLayer(activation, 4), output), OutputHead.SIGMOID);
    }

    private static Matrix probe() {
        Random random = new Random(5);
        double[] rows = new double[100 * 2];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = 2 * random.nextDouble() - 1;
        }
        return Matrix.wrap(100, 2, rows);
    }

    private static LayerSnapshot analyse(Network network) {
        return DeadNeuronAnalyzer.defaults().analyze(network, probe(), null, 1, 0).layer(1);
    }

    @Test
    void eluUnitsPushedFarNegativeAreSaturatedButNotDead() {
        // ELU′(z) = e^z for z < 0: b = −10 gives at most e^−9.8 ≈ 5.6e-5, b = −8 at most e^−7.8 ≈ 4.1e-4 (< 1e-3);
        // b = −6 gives e^−5.8 ≈ 3.0e-3 at best (> 1e-3) and b = 1 is in the linear part
        LayerSnapshot layer = analyse(network(new Elu(1.0), -10, -8, -6, 1));
        assertThat(layer.saturatedUnits()).containsExactly(0, 1);
        assertThat(layer.deadUnits()).isEmpty();
        assertThat(layer.inactiveUnits()).containsExactly(0, 1, 2);
        // the ReDo score cannot see them either: |h| ≈ α = 1 is as large as the live units' outputs
        assertThat(layer.dormantUnits()).isEmpty();
    }

    @Test
    void geluUnitsFarOutOnTheNegativeSideAreSaturated() {
        // GELU′(z) = Φ(z) + z·φ(z): |GELU′(−4.8)| ≈ 1.8e-5, |GELU′(−3.8)| ≈ 1.0e-3 at best, GELU′(0) = 0.5, GELU′(6) ≈ 1
        LayerSnapshot layer = analyse(network(new Gelu(), -7, -5, 0, 6));
        assertThat(layer.saturatedUnits()).containsExactly(0, 1);
        assertThat(layer.deadUnits()).isEmpty();
        assertThat(analyse(network(new Gelu(), -3, -2, 0, 6)).saturatedUnits()).isEmpty();
    }

    @Test
    void aDeadReluUnitIsSaturatedAndAThresholdSetByTheUserIsHonoured() {
        LayerSnapshot relu = analyse(network(new Relu(), -1, -0.5, 0.5, 1));
        assertThat(relu.deadUnits()).containsExactly(0, 1);
        assertThat(relu.saturatedUnits()).containsExactly(0, 1);
        LayerSnapshot loose = new DeadNeuronAnalyzer(ProbeSet.notebook(), 0.1, 1e-2)
                .analyze(network(new Elu(1.0), -10, -8, -6, 1), probe(), null, 1, 0).layer(1);
        assertThat(loose.saturatedUnits()).containsExactly(0, 1, 2);
    }
}
