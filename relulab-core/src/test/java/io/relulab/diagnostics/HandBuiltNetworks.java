package io.relulab.diagnostics;

import io.relulab.activation.Activation;
import io.relulab.math.Matrix;
import io.relulab.nn.ActivationLayer;
import io.relulab.nn.Dense;
import io.relulab.nn.Network;
import io.relulab.nn.OutputHead;
import java.util.List;

/**
 * A 2 → 3 → 2 → 1 network whose dead units are known by construction, and its probe rows.
 *
 * <p>Hidden layer 1 (kernel columns = units): unit 0 has w = (1, 0), b = 0 and fires exactly when
 * x0 &gt; 0; unit 1 has w = (0, 0), b = −1, pre-activation −1 on every row; unit 2 has w = (−1, −1),
 * b = −10, pre-activation ≤ −7 on the probe rows. Hidden layer 2: unit 0 copies layer-1 unit 0 (weight 1,
 * bias 0); unit 1 has all-zero weights and bias, so its pre-activation is exactly 0 on every row (the kink).
 * Output: 1·h2₀ + 1·h2₁.
 */
final class HandBuiltNetworks {

    /** Probe rows: x0 = −1, 1, 2 (unit 0 fires on two of three), x1 = 0.5, −2, 3. */
    static final Matrix PROBE = Matrix.of(new double[][] {{-1, 0.5}, {1, -2}, {2, 3}});

    private HandBuiltNetworks() {
    }

    static Network network(Activation activation) {
        Dense first = new Dense("dense_1", 2, 3);
        // kernel 2 x 3 row-major: row i = input i, column j = unit j
        first.weights().setValuesInPlace(new double[] {1, 0, -1, 0, 0, -1});
        first.biases().setValuesInPlace(new double[] {0, -1, -10});
        Dense second = new Dense("dense_2", 3, 2);
        second.weights().setValuesInPlace(new double[] {1, 0, 0, 0, 0, 0});
        second.biases().setValuesInPlace(new double[] {0, 0});
        Dense output = new Dense("dense_3", 2, 1);
        output.weights().setValuesInPlace(new double[] {1, 1});
        output.biases().setValuesInPlace(new double[] {0});
        return new Network(List.of(first, new ActivationLayer(activation, 3), second, new ActivationLayer(activation, 2),
                output), OutputHead.SIGMOID);
    }
}
