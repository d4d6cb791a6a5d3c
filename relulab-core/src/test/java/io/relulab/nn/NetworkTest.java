package io.relulab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.activation.Rrelu;
import io.relulab.math.Matrix;
import io.relulab.math.StableMath;
import io.relulab.random.NumpyRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static Matrix randomInput(int rows, int columns, long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.standardNormal();
        }
        return Matrix.wrap(rows, columns, values);
    }

    @Test
    void notebookNetworkShape() {
        Network network = NetworkSpec.notebook(20, new Relu()).build(new NumpyRandom(0));
        assertThat(network.layers()).hasSize(5);
        assertThat(network.denseLayers()).extracting(Dense::fanIn, Dense::fanOut)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(20, 64), org.assertj.core.groups.Tuple.tuple(64, 32),
                        org.assertj.core.groups.Tuple.tuple(32, 1));
        assertThat(network.activationLayers()).hasSize(2).allMatch(l -> l instanceof ActivationLayer);
        // 20·64 + 64 + 64·32 + 32 + 32 + 1
        assertThat(network.parameterCount()).isEqualTo(3457);
        assertThat(network.parameters()).extracting(Parameter::name)
                .containsExactly("dense_1/kernel", "dense_1/bias", "dense_2/kernel", "dense_2/bias", "dense_3/kernel", "dense_3/bias");
        assertThat(network.denseLayers().get(0).biases().values()).containsOnly(0.0);
        assertThat(network.head()).isEqualTo(OutputHead.SIGMOID);
    }

    @Test
    void sameSeedSameWeightsAndDrawOrderIsLayerByLayer() {
        NetworkSpec spec = NetworkSpec.notebook(20, new Elu());
        Network a = spec.build(new NumpyRandom(5));
        Network b = spec.build(new NumpyRandom(5));
        double[][] va = a.copyParameterValues();
        double[][] vb = b.copyParameterValues();
        for (int i = 0; i < va.length; i++) {
            assertThat(va[i]).containsExactly(vb[i]);
        }
        NumpyRandom replay = new NumpyRandom(5);
        double limit = Math.sqrt(6.0 / 84);
        assertThat(va[0][0]).isEqualTo(replay.uniform(-limit, limit));
        assertThat(spec.build(new NumpyRandom(6)).copyParameterValues()[0][0]).isNotEqualTo(va[0][0]);
    }

    @Test
    void theActivationChoosesTheLayerType() {
        Network prelu = NetworkSpec.notebook(4, new PRelu()).build(new NumpyRandom(0));
        assertThat(prelu.activationLayers()).allMatch(l -> l instanceof PReluLayer);
        PReluLayer first = (PReluLayer) prelu.activationLayers().get(0);
        assertThat(first.slopes().values()).hasSize(64).containsOnly(0.0);
        assertThat(prelu.parameters()).extracting(Parameter::name).contains("prelu_1/alpha", "prelu_2/alpha");
        Network quarter = NetworkSpec.notebook(4, new PRelu(0.25)).build(new NumpyRandom(0));
        assertThat(((PReluLayer) quarter.activationLayers().get(1)).slopes().values()).containsOnly(0.25);
        Network rrelu = NetworkSpec.notebook(4, new Rrelu()).build(new NumpyRandom(0));
        assertThat(rrelu.activationLayers()).allMatch(l -> l instanceof RreluLayer);
        Network leaky = NetworkSpec.notebook(4, new LeakyRelu(0.1)).build(new NumpyRandom(0));
        assertThat(leaky.activationLayers()).allMatch(l -> l instanceof ActivationLayer);
    }

    @Test
    void predictAppliesTheHeadToTheLogitsAndTraceRecordsEveryLayer() {
        Network network = NetworkSpec.notebook(5, new Relu()).build(new NumpyRandom(1));
        Matrix input = randomInput(7, 5, 2);
        Matrix logits = network.logits(input);
        Matrix probabilities = network.predict(input);
        for (int r = 0; r < 7; r++) {
            assertThat(probabilities.get(r, 0)).isEqualTo(StableMath.sigmoid(logits.get(r, 0)));
        }
        ForwardTrace trace = network.trace(input);
        assertThat(trace.layers()).hasSize(5);
        assertThat(trace.logits()).isEqualTo(logits);
        assertThat(trace.outputs()).isEqualTo(probabilities);
        List<ForwardTrace.ActivationTrace> activations = trace.activations();
        assertThat(activations).extracting(ForwardTrace.ActivationTrace::hiddenLayer).containsExactly(1, 2);
        ForwardTrace.ActivationTrace first = activations.get(0);
        assertThat(first.preActivations()).isEqualTo(trace.layers().get(0).output());
        for (int i = 0; i < first.preActivations().data().length; i++) {
            assertThat(first.outputs().data()[i]).isEqualTo(Math.max(0, first.preActivations().data()[i]));
        }
        // the pre-activations are X·W + b
        Dense dense = network.denseLayers().get(0);
        double expected = dense.biases().values()[3];
        for (int i = 0; i < 5; i++) {
            expected += input.get(2, i) * dense.weights().values()[i * 64 + 3];
        }
        assertThat(first.preActivations().get(2, 3)).isCloseTo(expected, within(1e-14));
        assertThatThrownBy(() -> network.predict(randomInput(2, 4, 1))).hasMessage("input has 4 columns; the network expects 5");
    }

    @Test
    void softmaxHeadGivesDistributions() {
        Network network = NetworkSpec.of(3, new Relu(), List.of(4)).withHead(OutputHead.SOFTMAX, 3).build(new NumpyRandom(2));
        Matrix p = network.predict(randomInput(4, 3, 3));
        for (int r = 0; r < 4; r++) {
            assertThat(p.get(r, 0) + p.get(r, 1) + p.get(r, 2)).isCloseTo(1.0, within(1e-15));
        }
    }

    @Test
    void parameterSnapshotsRestore() {
        Network network = NetworkSpec.notebook(3, new Relu()).build(new NumpyRandom(1));
        double[][] saved = network.copyParameterValues();
        network.parameters().get(0).values()[0] = 42;
        network.setParameterValuesInPlace(saved);
        assertThat(network.parameters().get(0).values()[0]).isEqualTo(saved[0][0]);
        assertThat(network.allParametersFinite()).isTrue();
        network.parameters().get(2).values()[1] = Double.NaN;
        assertThat(network.allParametersFinite()).isFalse();
    }

    @Test
    void specValidation() {
        assertThatThrownBy(() -> NetworkSpec.of(0, new Relu(), List.of(3))).hasMessage("network input size = 0; expected >= 1");
        assertThatThrownBy(() -> NetworkSpec.of(2, new Relu(), List.of(3, 0))).hasMessage("hidden layer 2 width = 0; expected >= 1");
        assertThatThrownBy(() -> NetworkSpec.of(2, new Relu(), List.of(3)).withHead(OutputHead.SOFTMAX, 1))
                .hasMessage("output size = 1 with a softmax head; expected >= 2");
        assertThatThrownBy(() -> NetworkSpec.of(2, new Relu(), List.of(3)).withBiasInitializer(new Rai()))
                .hasMessageContaining("bias initializer = rai");
        assertThatThrownBy(() -> new Network(List.of(new Dense("a", 2, 3), new Dense("b", 4, 1)), OutputHead.SIGMOID))
                .hasMessageContaining("expects 4 inputs");
    }

    @Test
    void buffersGrowForLargerBatchesAndSmallerBatchesReuseThem() {
        Network network = NetworkSpec.notebook(3, new Relu()).build(new NumpyRandom(1));
        Matrix big = randomInput(10, 3, 1);
        Matrix expected = network.logits(big.rows(0, 4));
        network.logits(big);
        assertThat(network.logits(big.rows(0, 4))).isEqualTo(expected);
    }
}
