package io.relulab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Activation;
import io.relulab.activation.Activations;
import io.relulab.activation.PRelu;
import io.relulab.loss.Loss;
import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-network gradient check (docs/ARCHITECTURE.md §8): for every activation (hence every layer type: Dense,
 * ActivationLayer, PReluLayer with its learnable slopes, RreluLayer in inference mode) and every head
 * with its fused loss (sigmoid + binary cross-entropy, softmax + categorical cross-entropy, identity +
 * mean squared error), the back-propagated gradient of every parameter entry equals the central
 * difference (L(θ + h) − L(θ − h))/2h, h = 1e-6, to a relative error below 1e-6.
 *
 * <p>Inputs and parameters are seeded and no pre-activation lies within 1e-4 of a kink (checked), so the
 * difference quotient never straddles one.
 */
class NetworkGradientCheckTest {

    private static final double H = 1e-6;
    private static final int ROWS = 5;
    private static final int INPUTS = 3;

    static Stream<Arguments> cases() {
        List<Activation> activations = new ArrayList<>(Activations.examples());
        activations.add(new PRelu(0.0));
        List<Arguments> cases = new ArrayList<>();
        for (Activation activation : activations) {
            for (OutputHead head : OutputHead.values()) {
                cases.add(Arguments.of(activation.spec(), activation, head));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {2}")
    @MethodSource("cases")
    void backPropagationMatchesCentralDifferences(String name, Activation activation, OutputHead head) {
        NumpyRandom random = new NumpyRandom(7);
        int outputs = head == OutputHead.SIGMOID ? 1 : head == OutputHead.SOFTMAX ? 3 : 2;
        Network network = NetworkSpec.of(INPUTS, activation, List.of(4, 3)).withHead(head, outputs).build(random);
        for (Dense dense : network.denseLayers()) {
            double[] biases = dense.biases().values();
            for (int j = 0; j < biases.length; j++) {
                biases[j] = random.uniform(-0.5, 0.5);
            }
        }
        double[] input = new double[ROWS * INPUTS];
        for (int i = 0; i < input.length; i++) {
            input[i] = random.standardNormal() * 1.5;
        }
        Loss loss = Loss.forHead(head);
        double[] targets = new double[ROWS * loss.targetColumns(outputs)];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = switch (head) {
                case SIGMOID -> i % 2;
                case SOFTMAX -> i % 3;
                case IDENTITY -> random.standardNormal();
            };
        }
        assertNoPreActivationNearAKink(network, input);

        double[] logitGradients = new double[ROWS * outputs];
        double[] logits = network.forward(input, ROWS, Mode.INFERENCE);
        loss.lossAndGradient(logits, targets, ROWS, outputs, logitGradients);
        network.backward(logitGradients, ROWS);
        List<double[]> analytic = new ArrayList<>();
        for (Parameter parameter : network.parameters()) {
            analytic.add(parameter.gradients().clone());
        }

        double[] scratch = new double[ROWS * outputs];
        int checked = 0;
        for (int p = 0; p < network.parameters().size(); p++) {
            Parameter parameter = network.parameters().get(p);
            double[] values = parameter.values();
            for (int i = 0; i < values.length; i++) {
                double original = values[i];
                values[i] = original + H;
                double plus = loss.lossAndGradient(network.forward(input, ROWS, Mode.INFERENCE), targets, ROWS, outputs, scratch);
                values[i] = original - H;
                double minus = loss.lossAndGradient(network.forward(input, ROWS, Mode.INFERENCE), targets, ROWS, outputs, scratch);
                values[i] = original;
                double numeric = (plus - minus) / (2 * H);
                double exact = analytic.get(p)[i];
                double error = Math.abs(exact - numeric) / Math.max(1e-3, Math.abs(exact) + Math.abs(numeric));
                assertThat(error).as("%s entry %d: analytic %s, numeric %s", parameter, i, exact, numeric).isLessThan(1e-6);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(network.parameterCount());
        assertThat(network.parameterCount()).isGreaterThanOrEqualTo(3 * 4 + 4 + 4 * 3 + 3 + 3 * outputs + outputs);
    }

    /** Kinks of the activations here: 0 for the rectifiers, 6 for ReLU6, ±3 for Hardswish. */
    private static void assertNoPreActivationNearAKink(Network network, double[] input) {
        ForwardTrace trace = network.trace(io.relulab.math.Matrix.wrap(ROWS, INPUTS, input.clone()));
        for (ForwardTrace.ActivationTrace layer : trace.activations()) {
            for (double z : layer.preActivations().data()) {
                for (double kink : new double[] {0, 6, 3, -3}) {
                    assertThat(Math.abs(z - kink)).as("pre-activation %s near kink %s", z, kink).isGreaterThan(1e-4);
                }
            }
        }
    }
}
