package io.relulab.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.SklearnFixtures;
import io.relulab.activation.Activation;
import io.relulab.activation.Elu;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.data.Dataset;
import io.relulab.data.synthetic.Datasets;
import io.relulab.loss.BinaryCrossEntropy;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.nn.Parameter;
import io.relulab.optim.AdamConfig;
import io.relulab.random.NumpyRandom;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden trajectories from PyTorch (autograd, float64; {@code tools/engine/pytorch_trajectories.py}): with
 * PyTorch's initial weights and batch orders, the engine's training steps must give the same batch losses and
 * final weights to rounding, for ReLU, Leaky ReLU, PReLU (learnable slopes) and ELU, with Keras' Adam and with
 * PyTorch's own {@code torch.optim.Adam}. This checks forward, backward, the fused loss and both Adam flavours
 * against an independent implementation, over 24 steps of the notebook's data.
 */
class PyTorchTrajectoryTest {

    private static JsonNode fixture;
    private static Dataset data;

    private static final Map<String, Activation> ACTIVATIONS = Map.of(
            "relu", new Relu(), "leaky_relu:0.1", new LeakyRelu(0.1), "prelu:0.0", new PRelu(0.0), "elu:1.0", new Elu(1.0));

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = PyTorchTrajectoryTest.class.getResourceAsStream("pytorch_trajectories.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        int rows = fixture.get("rows").asInt();
        data = Datasets.notebook().train().selectRows(IntStream.range(0, rows).toArray());
    }

    static Stream<Integer> cases() {
        return IntStream.range(0, 8).boxed();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theEngineReplaysPyTorchsTrajectory(int index) {
        JsonNode c = fixture.get("cases").get(index);
        Activation activation = ACTIVATIONS.get(c.get("activation").asText());
        List<Integer> hidden = List.of(fixture.get("hidden").get(0).asInt(), fixture.get("hidden").get(1).asInt());
        Network network = NetworkSpec.of(20, activation, hidden).build(new NumpyRandom(0));
        List<Parameter> parameters = network.parameters();
        assertThat(parameters).hasSize(c.get("initial").size());
        for (int p = 0; p < parameters.size(); p++) {
            parameters.get(p).setValuesInPlace(SklearnFixtures.doubles(c.get("initial").get(p)));
        }
        AdamConfig adam = c.get("adam").asText().equals("keras") ? AdamConfig.keras() : AdamConfig.pytorch();
        TrainingStep step = new TrainingStep(network, adam.create(), new BinaryCrossEntropy());
        int batch = fixture.get("batch_size").asInt();
        double[] expectedLosses = SklearnFixtures.doubles(c.get("batch_losses"));
        int k = 0;
        double worstLoss = 0;
        for (JsonNode orderNode : c.get("orders")) {
            int[] order = SklearnFixtures.ints(orderNode);
            for (int from = 0; from < order.length; from += batch) {
                double loss = step.run(data, order, from, Math.min(order.length, from + batch));
                worstLoss = Math.max(worstLoss, Math.abs(loss - expectedLosses[k]) / expectedLosses[k]);
                k++;
            }
        }
        assertThat(k).isEqualTo(expectedLosses.length);
        assertThat(worstLoss).as("largest relative batch-loss difference").isLessThan(1e-12); // measured: at most 4.5e-16
        double worstWeight = 0;
        for (int p = 0; p < parameters.size(); p++) {
            double[] expected = SklearnFixtures.doubles(c.get("final").get(p));
            double[] actual = parameters.get(p).values();
            for (int i = 0; i < expected.length; i++) {
                worstWeight = Math.max(worstWeight, Math.abs(actual[i] - expected[i]));
            }
        }
        assertThat(worstWeight).as("largest absolute weight difference after %d steps", k).isLessThan(1e-12); // measured: at most 1.2e-16
    }
}
