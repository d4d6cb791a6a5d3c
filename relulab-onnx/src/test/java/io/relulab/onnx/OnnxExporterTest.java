package io.relulab.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.relulab.activation.Activation;
import io.relulab.activation.Activations;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.activation.Softplus;
import io.relulab.data.Dataset;
import io.relulab.data.synthetic.Datasets;
import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.diagnostics.DeadNeuronReport;
import io.relulab.diagnostics.LayerSnapshot;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.experiment.Scenario;
import io.relulab.experiment.TrialConfiguration;
import io.relulab.math.Matrix;
import io.relulab.nn.Network;
import io.relulab.nn.NetworkSpec;
import io.relulab.nn.OutputHead;
import io.relulab.nn.PReluLayer;
import io.relulab.optim.AdamConfig;
import io.relulab.random.NumpyRandom;
import io.relulab.train.Trainer;
import io.relulab.train.TrainingConfig;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OnnxExporterTest {

    @TempDir
    Path folder;

    static Stream<Activation> exportable() {
        return Activations.examples().stream().filter(a -> !name(a).equals(Softplus.NAME) || ((Softplus) a).beta() == 1);
    }

    /** The registry name of an activation (tests ask the registry, never the record's class). */
    private static String name(Activation activation) {
        return Activations.typeOf(activation).name();
    }

    /** Runs {@code model} in ONNX Runtime on {@code input} and returns the output, row-major. */
    static float[] run(byte[] model, Matrix input) throws Exception {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        float[] values = new float[input.data().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) input.data()[i];
        }
        try (OrtSession session = environment.createSession(model, new OrtSession.SessionOptions());
                OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(values),
                        new long[] {input.rows(), input.columns()});
                OrtSession.Result result = session.run(Map.of(OnnxExporter.INPUT, tensor))) {
            FloatBuffer output = ((OnnxTensor) result.get(OnnxExporter.OUTPUT).orElseThrow()).getFloatBuffer();
            float[] out = new float[output.remaining()];
            output.get(out);
            return out;
        }
    }

    private static Matrix randomInput(int rows, int columns, long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = 2 * random.standardNormal();
        }
        return Matrix.wrap(rows, columns, values);
    }

    @ParameterizedTest
    @MethodSource("exportable")
    void onnxRuntimeGivesTheNetworksOutputsWithinFloat32Rounding(Activation activation) throws Exception {
        for (OutputHead head : OutputHead.values()) {
            int outputs = head == OutputHead.SOFTMAX ? 3 : 1;
            NetworkSpec spec = NetworkSpec.of(5, activation, List.of(8, 6)).withHead(head, outputs);
            Network network = spec.build(new NumpyRandom(11));
            if (network.activationLayers().get(0) instanceof PReluLayer prelu) {
                for (int unit = 0; unit < prelu.units(); unit++) {
                    prelu.slopes().values()[unit] = 0.05 * unit;
                }
            }
            Matrix input = randomInput(64, 5, 12);
            Matrix expected = network.predict(input);
            float[] actual = run(OnnxExporter.toModel(network).toByteArray(), input);
            assertThat(actual).hasSize(expected.data().length);
            for (int i = 0; i < actual.length; i++) {
                // float32 weights and arithmetic: a few units in the last place of values of order 1
                assertThat((double) actual[i]).as("%s %s output %d", activation.spec(), head, i)
                        .isCloseTo(expected.data()[i], org.assertj.core.data.Offset.offset(2e-5 + 2e-5 * Math.abs(expected.data()[i])));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("exportable")
    void theFinderSeesOneActivationPerHiddenLayer(Activation activation) {
        Network network = NetworkSpec.of(4, activation, List.of(3, 2)).build(new NumpyRandom(1));
        List<ActivationSite> sites = ActivationFinder.find(OnnxExporter.toModel(network).getGraph());
        if (name(activation).equals(io.relulab.activation.Identity.NAME)) {
            assertThat(sites).extracting(ActivationSite::op).containsExactly("Sigmoid");
            return;
        }
        // the head's Sigmoid is an activation too (it is one in ONNX); the hidden layers come first
        assertThat(sites).hasSize(3);
        assertThat(sites.get(0).name()).startsWith("Gemm /dense_1/Gemm → ");
        assertThat(sites.get(1).name()).startsWith("Gemm /dense_2/Gemm → ");
        assertThat(sites.get(2).op()).isEqualTo("Sigmoid");
        assertThat(sites.get(0).activation().function()).isEqualTo(expectedFunction(activation));
    }

    /** What the finder should recognise in the export of {@code activation}. */
    private static Activation expectedFunction(Activation activation) {
        String name = name(activation);
        if (name.equals(io.relulab.activation.Rrelu.NAME)) {
            io.relulab.activation.Rrelu rrelu = (io.relulab.activation.Rrelu) activation;
            return new io.relulab.activation.LeakyRelu((float) ((rrelu.lower() + rrelu.upper()) / 2));
        }
        if (name.equals(io.relulab.activation.LeakyRelu.NAME)) {
            // ONNX float attributes are float32
            return new io.relulab.activation.LeakyRelu((float) ((io.relulab.activation.LeakyRelu) activation).negativeSlope());
        }
        if (name.equals(Softplus.NAME)) {
            return new Softplus(1, Double.POSITIVE_INFINITY);
        }
        if (name.equals(PRelu.NAME)) {
            // PReLU's slopes are one per unit, learned; the function records the shared slope 0
            return new PRelu(0);
        }
        if (name.equals(io.relulab.activation.Swish.NAME)) {
            // β is stored in float32
            return new io.relulab.activation.Swish((float) ((io.relulab.activation.Swish) activation).beta());
        }
        return activation;
    }

    @Test
    void softplusWithAnotherBetaCannotBeExported() {
        Network network = NetworkSpec.of(2, new Softplus(2, 20), List.of(3)).build(new NumpyRandom(1));
        assertThatThrownBy(() -> OnnxExporter.toModel(network)).hasMessageContaining("softplus:2");
    }

    /**
     * The round trip: train the high-lr scenario (ReLU, Adam 0.05), export, inspect the exported model on the
     * training rows; the inspector's dead units (decided in float32) are the monitor's (decided in double).
     */
    @Test
    void roundTripAgreesWithTheTrainingMonitorUnitForUnit() {
        Dataset train = Datasets.notebook().train();
        TrialConfiguration highLearningRate = Scenario.highLearningRate().changes().applyTo(new TrialConfiguration(
                NetworkSpec.notebook(train.columns(), new Relu()), AdamConfig.keras(), TrainingConfig.notebook().withEpochs(10)));
        NumpyRandom random = new NumpyRandom(0);
        Network network = highLearningRate.network().build(random);
        new Trainer(highLearningRate.training()).fit(network, highLearningRate.optimizer().create(), train, random, List.of());
        DeadNeuronReport monitor = new DeadNeuronAnalyzer(ProbeSet.full(), DeadNeuronAnalyzer.DEFAULT_TAU)
                .analyze(network, train, null, 10, 0);
        Path model = folder.resolve("m.onnx");
        OnnxExporter.write(network, model);
        double[][] rows = new double[train.rows()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = train.row(r);
        }
        Path csv = TestModels.csv(folder.resolve("train.csv"), rows, "y");
        Inspection inspection = new ModelInspector(InspectionSettings.defaults().withDropColumn("y")).inspect(model, csv);
        assertThat(inspection.layers()).hasSize(3);
        int deadTotal = 0;
        for (int layer = 0; layer < 2; layer++) {
            LayerSnapshot expected = monitor.layers().get(layer);
            InspectedLayer actual = inspection.layers().get(layer);
            assertThat(actual.measures().deadUnits()).as("layer %d", layer + 1).isEqualTo(expected.deadUnits());
            assertThat(actual.measures().inactiveUnits()).as("layer %d", layer + 1).isEqualTo(expected.inactiveUnits());
            deadTotal += expected.deadCount();
        }
        assertThat(deadTotal).as("the scenario kills units").isPositive();
    }
}
