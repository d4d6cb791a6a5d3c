package io.relulab.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.random.NumpyRandom;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelInspectorTest {

    @TempDir
    Path folder;

    private static final int FEATURES = 3;
    private static final int HIDDEN = 6;

    /**
     * x [N, 3] → Gemm (3 → 6) → ACT → Gemm (6 → 1). Units 1 and 4 have zero incoming weights and bias −2, so
     * z = −2 on every row: dead for ReLU, inactive but not dead for Leaky ReLU. The others have weight 1 from
     * one input and bias 0, so they are active on rows where that input is positive.
     */
    private Path plantedMlp(String activation, TestModels.Graph graph) {
        float[] weights = new float[FEATURES * HIDDEN];
        float[] biases = new float[HIDDEN];
        for (int unit = 0; unit < HIDDEN; unit++) {
            if (unit == 1 || unit == 4) {
                biases[unit] = -2f;
            } else {
                weights[(unit % FEATURES) * HIDDEN + unit] = 1f;
            }
        }
        graph.input("x", -1, FEATURES).output("y", -1, 1);
        String w1 = graph.tensor("w1", weights, FEATURES, HIDDEN);
        String b1 = graph.tensor("b1", biases, HIDDEN);
        String w2 = graph.tensor("w2", new float[] {1, 1, 1, 1, 1, 1}, HIDDEN, 1);
        graph.node("Gemm", "/0/Gemm", "z", "x", w1, b1);
        if (activation.equals("LeakyRelu")) {
            graph.node("LeakyRelu", "/1/LeakyRelu", "h", new String[] {"z"}, TestModels.floatAttribute("alpha", 0.1f));
        } else {
            graph.node(activation, "/1/" + activation, "h", "z");
        }
        graph.node("Gemm", "/2/Gemm", "y", "h", w2);
        return graph.write(folder.resolve("mlp.onnx"), 13);
    }

    private double[][] randomRows(int rows, int columns, long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        double[][] data = new double[rows][columns];
        for (double[] row : data) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.standardNormal();
            }
        }
        return data;
    }

    @Test
    void reluMlpReportsExactlyThePlantedDeadUnits() {
        Path model = plantedMlp("Relu", new TestModels.Graph());
        Path data = TestModels.csv(folder.resolve("x.csv"), randomRows(500, FEATURES, 1), null);
        Inspection inspection = new ModelInspector(InspectionSettings.defaults()).inspect(model, data);
        assertThat(inspection.rows()).isEqualTo(500);
        assertThat(inspection.layers()).hasSize(1);
        InspectedLayer layer = inspection.layers().get(0);
        assertThat(layer.name()).isEqualTo("Gemm /0/Gemm → Relu /1/Relu");
        assertThat(layer.unitAxis()).isEqualTo(1);
        assertThat(layer.units()).isEqualTo(HIDDEN);
        assertThat(layer.measures().deadUnits()).containsExactly(1, 4);
        assertThat(layer.measures().inactiveUnits()).containsExactly(1, 4);
        assertThat(layer.measures().saturatedUnits()).containsExactly(1, 4);
        assertThat(layer.measures().dormantUnits()).containsExactly(1, 4);
        assertThat(layer.measures().smallestPreActivations().get(1)).isEqualTo(-2.0);
        assertThat(layer.measures().largestPreActivations().get(4)).isEqualTo(-2.0);
        // a live unit is active about half of the time on standard normal inputs
        assertThat(layer.measures().unitActivationProbabilities().get(0)).isBetween(0.4, 0.6);
        assertThat(inspection.dataSha256()).hasSize(64);
    }

    @Test
    void leakyReluUnitsArePlantedInactiveButNotDead() {
        Path model = plantedMlp("LeakyRelu", new TestModels.Graph());
        Path data = TestModels.csv(folder.resolve("x.csv"), randomRows(200, FEATURES, 2), null);
        InspectedLayer layer = new ModelInspector(InspectionSettings.defaults()).inspect(model, data).layers().get(0);
        assertThat(layer.op()).isEqualTo("LeakyRelu");
        assertThat(layer.measures().inactiveUnits()).containsExactly(1, 4);
        assertThat(layer.measures().deadUnits()).isEmpty();
        assertThat(layer.measures().saturatedUnits()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 64, 1000})
    void theMeasuresDoNotDependOnTheBatchSize(int batchSize) {
        Path model = plantedMlp("Relu", new TestModels.Graph());
        Path data = TestModels.csv(folder.resolve("x.csv"), randomRows(300, FEATURES, 3), null);
        Inspection reference = new ModelInspector(InspectionSettings.defaults().withBatchSize(300)).inspect(model, data);
        Inspection batched = new ModelInspector(InspectionSettings.defaults().withBatchSize(batchSize)).inspect(model, data);
        assertThat(batched.layers().get(0).measures()).isEqualTo(reference.layers().get(0).measures());
    }

    /**
     * --outputs-only on the PyTorch fixtures (two Conv → Relu layers; Relu, LeakyRelu and Elu after Gemm): the Relu
     * and LeakyRelu layers, read from their outputs alone, have the same measures as with their pre-activations,
     * bit for bit, except the pre-activation range, which is marked as not read; the Elu layer is read as before.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cnn.onnx cnn.npy", "mlp.onnx mlp.csv"})
    void outputsOnlyGivesTheSameMeasuresForTheRectifiers(String files) {
        Path fixtures = Path.of("src/test/resources/io/relulab/onnx/torch");
        String[] names = files.split(" ");
        Path model = fixtures.resolve(names[0]);
        Path data = fixtures.resolve(names[1]);
        Inspection complete = new ModelInspector(InspectionSettings.defaults().withBatchSize(7)).inspect(model, data);
        Inspection outputs = new ModelInspector(InspectionSettings.defaults().withBatchSize(7).withOutputsOnly(true))
                .inspect(model, data);
        int reduced = 0;
        for (int i = 0; i < complete.layers().size(); i++) {
            InspectedLayer full = complete.layers().get(i);
            InspectedLayer fast = outputs.layers().get(i);
            boolean rectifier = full.op().equals("Relu") || full.op().equals("LeakyRelu");
            assertThat(full.preActivationsRead()).isTrue();
            assertThat(fast.preActivationsRead()).as(full.name()).isEqualTo(!rectifier);
            if (!rectifier) {
                assertThat(fast).isEqualTo(full);
                continue;
            }
            reduced++;
            io.relulab.diagnostics.UnitMeasures a = full.measures();
            io.relulab.diagnostics.UnitMeasures b = fast.measures();
            assertThat(b.deadUnits()).isEqualTo(a.deadUnits());
            assertThat(b.inactiveUnits()).isEqualTo(a.inactiveUnits());
            assertThat(b.dormantUnits()).isEqualTo(a.dormantUnits());
            assertThat(b.saturatedUnits()).isEqualTo(a.saturatedUnits());
            assertThat(b.scores()).isEqualTo(a.scores());
            assertThat(b.largestAbsoluteDerivatives()).isEqualTo(a.largestAbsoluteDerivatives());
            assertThat(b.unitActivationProbabilities()).isEqualTo(a.unitActivationProbabilities());
            assertThat(b.activationProbability()).isEqualTo(a.activationProbability());
            assertThat(b.valuesPerUnit()).isEqualTo(a.valuesPerUnit());
        }
        assertThat(reduced).isEqualTo(2);
    }

    @Test
    void limitReadsOnlyTheFirstRowsAndTheLabelColumnCanBeLeftOut() {
        Path model = plantedMlp("Relu", new TestModels.Graph());
        double[][] rows = randomRows(100, FEATURES, 4);
        Path data = TestModels.csv(folder.resolve("train.csv"), rows, "y");
        Inspection inspection = new ModelInspector(InspectionSettings.defaults().withLimit(10).withDropColumn("y"))
                .inspect(model, data);
        assertThat(inspection.rows()).isEqualTo(10);
        assertThat(inspection.layers().get(0).measures().valuesPerUnit()).isEqualTo(10);
        assertThatThrownBy(() -> new ModelInspector(InspectionSettings.defaults()).inspect(model, data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data of shape [N, 4] (4 columns; leave out a label column with --target)")
                .hasMessageContaining("shape [N, 3]");
    }

    /**
     * x [N, 2, 5, 5] → Conv (2 → 4 channels, 3×3, pad 1) → Relu. Channels 0 and 2 have zero kernels and bias −1:
     * dead at every position of every image. The live channels sum both input channels.
     */
    @Test
    void convolutionChannelsAreTheUnitsAndPlantedDeadChannelsAreFound() {
        TestModels.Graph graph = new TestModels.Graph().input("x", -1, 2, 5, 5).output("h", -1, 4, 5, 5);
        float[] kernel = new float[4 * 2 * 3 * 3];
        float[] bias = new float[] {-1, 0, -1, 0.5f};
        for (int out : new int[] {1, 3}) {
            for (int in = 0; in < 2; in++) {
                kernel[((out * 2 + in) * 3 + 1) * 3 + 1] = 1f;
            }
        }
        String w = graph.tensor("conv.weight", kernel, 4, 2, 3, 3);
        String b = graph.tensor("conv.bias", bias, 4);
        graph.node("Conv", "/conv/Conv", "z", new String[] {"x", w, b}, TestModels.intsAttribute("pads", 1, 1, 1, 1),
                TestModels.intsAttribute("kernel_shape", 3, 3));
        graph.node("Relu", "/relu/Relu", "h", "z");
        Path model = graph.write(folder.resolve("cnn.onnx"), 13);
        NumpyRandom random = new NumpyRandom(5);
        float[] images = new float[40 * 2 * 5 * 5];
        for (int i = 0; i < images.length; i++) {
            images[i] = (float) random.standardNormal();
        }
        Path data = TestModels.npy(folder.resolve("images.npy"), images, 40, 2, 5, 5);
        InspectedLayer layer = new ModelInspector(InspectionSettings.defaults().withBatchSize(16)).inspect(model, data)
                .layers().get(0);
        assertThat(layer.unitAxis()).isEqualTo(1);
        assertThat(layer.units()).isEqualTo(4);
        assertThat(layer.measures().valuesPerUnit()).isEqualTo(40 * 25);
        assertThat(layer.measures().deadUnits()).containsExactly(0, 2);
        assertThat(layer.measures().inactiveUnits()).containsExactly(0, 2);

        // --unit-axis -1 counts the last spatial axis as units instead: 5 columns, none dead
        InspectedLayer columns = new ModelInspector(InspectionSettings.defaults().withUnitAxis(UnitAxisRule.fixed(-1)))
                .inspect(model, data).layers().get(0);
        assertThat(columns.unitAxis()).isEqualTo(3);
        assertThat(columns.units()).isEqualTo(5);
        assertThat(columns.measures().deadUnits()).isEmpty();
    }

    /**
     * A transformer feed-forward block: x [N, T=4, F=3] → MatMul (3 → 5) → Add bias → erf-GELU (PyTorch's
     * pattern with Constant nodes). Feature 2 has zero weights and bias −10: GELU′(−10) ≈ −7.7e-22, saturated but
     * not dead; feature 4 has bias −2: GELU′(−2) ≈ −0.085, neither.
     */
    @Test
    void transformerFeaturesOnTheLastAxisAndAPlantedSaturatedGeluFeature() {
        TestModels.Graph graph = new TestModels.Graph().input("x", -1, 4, 3).output("h", -1, 4, 5);
        float[] weights = new float[3 * 5];
        weights[0 * 5 + 0] = 1;
        weights[1 * 5 + 1] = 1;
        weights[2 * 5 + 3] = 1;
        String w = graph.tensor("ffn.weight", weights, 3, 5);
        String b = graph.tensor("ffn.bias", new float[] {0, 0, -10, 0, -2}, 5);
        graph.node("MatMul", "/ffn/MatMul", "m", "x", w);
        graph.node("Add", "/ffn/Add", "z", "m", b);
        String sqrt2 = graph.constant((float) Math.sqrt(2));
        graph.node("Div", "/Div", "d", "z", sqrt2);
        graph.node("Erf", "/Erf", "e", "d");
        String one = graph.constant(1f);
        graph.node("Add", "/Add", "a", "e", one);
        graph.node("Mul", "/Mul", "m2", "z", "a");
        String half = graph.constant(0.5f);
        graph.node("Mul", "/Mul_1", "h", "m2", half);
        Path model = graph.write(folder.resolve("ffn.onnx"), 17);
        NumpyRandom random = new NumpyRandom(6);
        float[] tokens = new float[30 * 4 * 3];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = (float) random.standardNormal();
        }
        Path data = TestModels.npy(folder.resolve("tokens.npy"), tokens, 30, 4, 3);
        Inspection inspection = new ModelInspector(InspectionSettings.defaults()).inspect(model, data);
        assertThat(inspection.layers()).hasSize(1);
        InspectedLayer layer = inspection.layers().get(0);
        assertThat(layer.op()).isEqualTo("GELU (erf pattern)");
        assertThat(layer.name()).isEqualTo("Add /ffn/Add → GELU /Div…/Mul_1");
        assertThat(layer.unitAxis()).isEqualTo(2);
        assertThat(layer.units()).isEqualTo(5);
        assertThat(layer.measures().valuesPerUnit()).isEqualTo(30 * 4);
        assertThat(layer.measures().saturatedUnits()).containsExactly(2);
        assertThat(layer.measures().deadUnits()).isEmpty();
        assertThat(layer.measures().inactiveUnits()).containsExactly(2, 4);
    }

    @Test
    void badInputsAreOneLineMessages() {
        Path model = plantedMlp("Relu", new TestModels.Graph());
        Path data = TestModels.csv(folder.resolve("x.csv"), randomRows(5, FEATURES, 7), null);
        ModelInspector inspector = new ModelInspector(InspectionSettings.defaults());
        assertThatThrownBy(() -> inspector.inspect(model, folder.resolve("x.txt")))
                .hasMessageContaining("unknown data format");
        Path wrongNpy = TestModels.npy(folder.resolve("wrong.npy"), new float[10], 2, 5);
        assertThatThrownBy(() -> inspector.inspect(model, wrongNpy))
                .hasMessage(wrongNpy + ": data of shape [N, 5] does not match input 'x' of " + model + ", shape [N, 3]");

        TestModels.Graph noActivation = new TestModels.Graph().input("x", -1, FEATURES).output("y", -1, 1);
        String w = noActivation.tensor("w", new float[] {1, 1, 1}, FEATURES, 1);
        noActivation.node("Gemm", "/Gemm", "g", "x", w).node("Softmax", "/Softmax", "y", "g");
        Path plain = noActivation.write(folder.resolve("plain.onnx"), 13);
        assertThatThrownBy(() -> inspector.inspect(plain, data))
                .hasMessageStartingWith(plain + ": no activation found; the graph's ops are Gemm, Softmax; expected one of Relu,");

        TestModels.Graph twoInputs = new TestModels.Graph().input("a", -1, FEATURES).input("b", -1, FEATURES).output("y", -1, FEATURES);
        twoInputs.node("Add", "/Add", "s", "a", "b").node("Relu", "/Relu", "y", "s");
        Path two = twoInputs.write(folder.resolve("two.onnx"), 13);
        assertThatThrownBy(() -> inspector.inspect(two, data))
                .hasMessage(two + ": the model has 2 inputs [a, b]; say which one the data feeds with --input NAME");
        assertThatThrownBy(() -> new ModelInspector(InspectionSettings.defaults().withInputName("a")).inspect(two, data))
                .hasMessageContaining("inputs [b] need data too");
        assertThatThrownBy(() -> new ModelInspector(InspectionSettings.defaults().withInputName("c")).inspect(two, data))
                .hasMessage("--input c: the model has no such input; its inputs are [a, b]");
        for (Throwable error : List.of(
                org.assertj.core.api.Assertions.catchThrowable(() -> inspector.inspect(model, folder.resolve("x.txt"))))) {
            assertThat(error.getMessage()).doesNotContain("\n");
        }
    }
}
