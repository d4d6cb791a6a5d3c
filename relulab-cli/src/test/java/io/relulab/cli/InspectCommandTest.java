package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relulab.report.TrainingJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relulab inspect} and {@code relulab train --export}: the round trip, the outputs and the bad inputs. */
class InspectCommandTest {

    @TempDir
    Path folder;

    /**
     * train --scenario high-lr --probe full --export m.onnx, then data split (the same rows, scaled), then inspect:
     * the inspector's dead units are the monitor's after the last epoch, layer by layer, unit by unit.
     */
    @Test
    void roundTripReportsTheTrainingMonitorsDeadUnits() throws Exception {
        Path model = folder.resolve("m.onnx");
        Path run = folder.resolve("run.json");
        CommandRunner train = CommandRunner.run("train", "--activation", "relu", "--scenario", "high-lr", "--epochs", "5",
                "--probe", "full", "--json", run.toString(), "--export", model.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        Path data = folder.resolve("data.csv");
        assertThat(CommandRunner.run("data", "make-classification", "--n-samples", "2000", "--n-features", "20", "--n-informative",
                "15", "--n-redundant", "5", "--n-classes", "2", "--flip-y", "0.1", "--random-state", "42", "--out", data.toString())
                .exitCode()).isZero();
        Path split = folder.resolve("split");
        assertThat(CommandRunner.run("data", "split", "--in", data.toString(), "--target", "y", "--test-size", "0.2",
                "--random-state", "42", "--scale", "--out", split.toString()).exitCode()).isZero();
        Path json = folder.resolve("inspect.json");
        Path out = folder.resolve("html");
        CommandRunner inspect = CommandRunner.run("inspect", model.toString(), "--data", split.resolve("train.csv").toString(),
                "--target", "y", "--json", json.toString(), "--out", out.toString());
        assertThat(inspect.exitCode()).as(inspect.err()).isZero();
        JsonNode monitor = TrainingJson.parse(Files.readString(run)).get("dead");
        JsonNode inspection = TrainingJson.parse(Files.readString(json));
        assertThat(inspection.get("data").get("rows").asLong()).isEqualTo(1600);
        JsonNode layers = inspection.get("layers");
        assertThat(layers).hasSize(3);
        int dead = 0;
        for (int layer = 1; layer <= 2; layer++) {
            List<Integer> expected = ints(monitor.get("layer" + layer).get("dead_units"));
            assertThat(ints(layers.get(layer - 1).get("dead"))).as("layer%d", layer).isEqualTo(expected);
            assertThat(layers.get(layer - 1).get("name").asText()).isEqualTo("Gemm /dense_" + layer + "/Gemm → Relu /act_" + layer + "/Relu");
            dead += expected.size();
        }
        assertThat(dead).as("high-lr kills units").isPositive();
        assertThat(inspect.out()).contains("Gemm /dense_2/Gemm → Relu /act_2/Relu").contains("wrote " + out.resolve("inspect.html"));
        assertThat(inspect.err()).contains("warning: layer Gemm /dense_2/Gemm → Relu /act_2/Relu: ");
        assertThat(Files.readString(out.resolve("inspect.html"))).contains("<svg").contains("ReLU Lab inspection");
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asInt()));
        return values;
    }

    /**
     * The PyTorch fixtures of relulab-onnx (a CNN with two Conv → ReLU layers, an MLP, a transformer FFN) inspected
     * with batches of 1, 7 and 256 rows: the same JSON, number for number, apart from the batch size it records.
     * One exception, which is ONNX Runtime's and not the accumulation's: its Elu kernel does not give the same bits
     * for a value at every batch size (on mlp.csv, 2 of 140 outputs of the Elu layer differ in the last bits
     * between batches of 1 and 7 rows), so the ReDo scores of the MLP's Elu layer, a mean of those outputs, are
     * compared to 1e-7 relative; its other numbers (z, and what depends on z alone) are identical.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"cnn.onnx cnn.npy", "mlp.onnx mlp.csv", "ffn.onnx ffn.npy"})
    void theJsonDoesNotDependOnTheBatchSize(String files) throws Exception {
        Path fixtures = Path.of("..", "relulab-onnx", "src", "test", "resources", "io", "relulab", "onnx", "torch");
        String[] names = files.split(" ");
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> jsons = new ArrayList<>();
        List<List<Double>> eluScores = new ArrayList<>();
        for (int batch : new int[] {1, 7, 256}) {
            Path json = folder.resolve(names[0] + "." + batch + ".json");
            List<String> args = new ArrayList<>(List.of("inspect", fixtures.resolve(names[0]).toString(), "--data",
                    fixtures.resolve(names[1]).toString(), "--batch-size", Integer.toString(batch), "--json", json.toString()));
            CommandRunner run = CommandRunner.run(args.toArray(new String[0]));
            assertThat(run.exitCode()).as(run.err()).isZero();
            com.fasterxml.jackson.databind.node.ObjectNode tree =
                    (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json.toFile());
            assertThat(tree.get("settings").get("batch_size").asInt()).isEqualTo(batch);
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("settings")).remove("batch_size");
            for (JsonNode layer : tree.get("layers")) {
                if (layer.get("op").asText().equals("Elu")) {
                    List<Double> scores = new ArrayList<>();
                    layer.get("redo_score").forEach(score -> scores.add(score.asDouble()));
                    eluScores.add(scores);
                    ((com.fasterxml.jackson.databind.node.ObjectNode) layer).remove("redo_score");
                }
            }
            assertThat(tree.get("layers").size()).isGreaterThanOrEqualTo(2);
            jsons.add(mapper.writeValueAsString(tree));
        }
        assertThat(jsons.get(1)).isEqualTo(jsons.get(0));
        assertThat(jsons.get(2)).isEqualTo(jsons.get(0));
        for (List<Double> scores : eluScores) {
            for (int unit = 0; unit < scores.size(); unit++) {
                assertThat(scores.get(unit)).isCloseTo(eluScores.get(0).get(unit),
                        org.assertj.core.api.Assertions.withinPercentage(1e-5));
            }
        }
    }

    /** --outputs-only: the conv layers' pre-activation range is null in the JSON, their unit lists are unchanged. */
    @Test
    void outputsOnlyLeavesOutThePreActivationRange() throws Exception {
        Path fixtures = Path.of("..", "relulab-onnx", "src", "test", "resources", "io", "relulab", "onnx", "torch");
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        List<JsonNode> trees = new ArrayList<>();
        for (boolean outputsOnly : new boolean[] {false, true}) {
            Path json = folder.resolve("cnn." + outputsOnly + ".json");
            List<String> args = new ArrayList<>(List.of("inspect", fixtures.resolve("cnn.onnx").toString(), "--data",
                    fixtures.resolve("cnn.npy").toString(), "--json", json.toString()));
            if (outputsOnly) {
                args.add("--outputs-only");
            }
            CommandRunner run = CommandRunner.run(args.toArray(new String[0]));
            assertThat(run.exitCode()).as(run.err()).isZero();
            trees.add(mapper.readTree(json.toFile()));
        }
        assertThat(trees.get(1).get("settings").get("outputs_only").asBoolean()).isTrue();
        for (int i = 0; i < 2; i++) {
            JsonNode complete = trees.get(0).get("layers").get(i);
            JsonNode outputs = trees.get(1).get("layers").get(i);
            assertThat(complete.get("pre_activation_min").isArray()).isTrue();
            assertThat(outputs.get("pre_activation_min").isNull()).isTrue();
            assertThat(outputs.get("pre_activation_max").isNull()).isTrue();
            for (String field : List.of("dead", "inactive", "dormant", "saturated", "activation_probability", "redo_score")) {
                assertThat(outputs.get(field)).as(field).isEqualTo(complete.get(field));
            }
        }
    }

    @Test
    void notAModelIsOneLineAndExitCodeTwo() throws Exception {
        Path model = Files.writeString(folder.resolve("notamodel.onnx"), "this is not a model\n");
        Path data = Files.writeString(folder.resolve("x.csv"), "a,b\n1,2\n");
        Path json = folder.resolve("never.json");
        CommandRunner run = CommandRunner.run("inspect", model.toString(), "--data", data.toString(), "--json", json.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("relulab inspect: " + model + ": not ");
        assertThat(json).doesNotExist();
    }

    @Test
    void badOptionsAndDataAreOneLine() throws Exception {
        Path model = folder.resolve("m.onnx");
        assertThat(CommandRunner.run("train", "--epochs", "1", "--export", model.toString()).exitCode()).isZero();
        Path wide = Files.writeString(folder.resolve("wide.csv"), "a,b,c\n1,2,3\n");
        CommandRunner mismatch = CommandRunner.run("inspect", model.toString(), "--data", wide.toString());
        assertThat(mismatch.exitCode()).isEqualTo(2);
        assertThat(mismatch.errLines()).containsExactly("relulab inspect: " + wide + ": data of shape [N, 3] (3 columns) does not"
                + " match input 'input' of " + model + ", shape [N, 20]");
        CommandRunner batch = CommandRunner.run("inspect", model.toString(), "--data", wide.toString(), "--batch-size", "0");
        assertThat(batch.errLines()).containsExactly("relulab inspect: --batch-size 0: expected at least 1");
        CommandRunner exportFolder = CommandRunner.run("train", "--epochs", "1", "--export", folder.toString());
        assertThat(exportFolder.exitCode()).isEqualTo(2);
        assertThat(exportFolder.errLines()).hasSize(1);
    }
}
