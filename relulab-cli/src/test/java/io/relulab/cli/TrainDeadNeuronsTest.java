package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relulab.report.TrainingJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dead-neuron additions to {@code relulab train}: --scenario, --probe, --redo and the "dead" JSON block. */
class TrainDeadNeuronsTest {

    @TempDir
    Path folder;

    private JsonNode train(String... args) throws Exception {
        Path file = folder.resolve("run" + System.nanoTime() + ".json");
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--json";
        all[args.length + 1] = file.toString();
        CommandRunner run = CommandRunner.run(all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return TrainingJson.parse(Files.readString(file));
    }

    @Test
    void highLearningRateShowsDeadSecondLayerUnitsPerEpoch() throws Exception {
        Path file = folder.resolve("high-lr.json");
        CommandRunner run = CommandRunner.run("train", "--activation", "relu", "--scenario", "high-lr", "--epochs", "3",
                "--json", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("warning: epoch 1, step 50: ").contains("of layer2 are dead (threshold 10 %)");
        assertThat(run.out()).contains("optimizer adam:0.05,").containsPattern("dead units after epoch 3 \\(probe first100\\): "
                + "layer1 0/64 \\(max 0\\) layer2 \\d+/32");
        JsonNode json = TrainingJson.parse(Files.readString(file));
        JsonNode layer2 = json.get("dead").get("layer2");
        assertThat(layer2.get("units").asInt()).isEqualTo(32);
        for (String key : new String[] {"inactive", "dead", "dormant", "newly_dead", "revived", "activation_probability"}) {
            assertThat(layer2.get(key)).as(key).hasSize(3);
        }
        assertThat(layer2.get("dead").get(0).asInt()).isGreaterThanOrEqualTo(4);
        assertThat(layer2.get("initial").get("dead").asInt()).isZero();
        assertThat(layer2.get("dead_units")).hasSize(layer2.get("dead").get(2).asInt());
        assertThat(json.get("dead").get("layer1").get("dead").toString()).isEqualTo("[0,0,0]");
        assertThat(json.get("dead_config").get("probe").asText()).isEqualTo("first100");
        assertThat(json.get("scenario").get("name").asText()).isEqualTo("high-lr");
        assertThat(json.get("config").get("optimizer").asText()).isEqualTo("adam:0.05");
        assertThat(json.get("dead_warnings")).hasSize(1);
    }

    @Test
    void leakyReluHasInactiveButNoDeadUnits() throws Exception {
        JsonNode json = train("train", "--activation", "leaky_relu:0.1", "--scenario", "high-lr", "--epochs", "3", "--probe", "full");
        for (String layer : new String[] {"layer1", "layer2"}) {
            assertThat(json.get("dead").get(layer).get("dead").toString()).isEqualTo("[0,0,0]");
        }
        assertThat(json.get("dead_config").get("probe").asText()).isEqualTo("full");
        assertThat(json.get("dead_warnings")).isEmpty();
    }

    @Test
    void redoRecyclesAndReportsWhatItSawBeforeRecycling() throws Exception {
        JsonNode json = train("train", "--scenario", "high-lr", "--epochs", "4", "--redo", "--redo-period", "50", "--probe", "full");
        JsonNode events = json.get("redo").get("events");
        // due after steps 50, 100, 150; the one due after the last step (200) is skipped: no step would use it
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("step").asInt()).isEqualTo(50);
        assertThat(events.get(0).get("recycled").get(1).asInt())
                .isEqualTo(events.get(0).get("dormant_before").get(1).asInt()).isPositive();
        assertThat(json.get("redo").get("period").asInt()).isEqualTo(50);
        // the count after each epoch is taken just before the recycling due at its last step, not right after it
        for (int epoch = 0; epoch < 3; epoch++) {
            assertThat(json.get("dead").get("layer2").get("dead").get(epoch).asInt())
                    .isEqualTo(events.get(epoch).get("dead_before").get(1).asInt()).isPositive();
        }
    }

    @Test
    void explicitOptionsOverrideTheScenarioAndDeepNarrowChangesTheShape() throws Exception {
        JsonNode json = train("train", "--scenario", "high-lr", "--optimizer", "adam:0.002", "--epochs", "1");
        assertThat(json.get("config").get("optimizer").asText()).isEqualTo("adam:0.002");
        JsonNode deep = train("train", "--scenario", "deep-narrow", "--epochs", "1");
        assertThat(deep.get("config").get("hidden").toString()).isEqualTo("[4,4,4,4,4,4,4,4,4,4]");
        assertThat(deep.get("dead").get("layer10").get("units").asInt()).isEqualTo(4);
        JsonNode negative = train("train", "--scenario", "negative-bias", "--epochs", "1");
        assertThat(negative.get("config").get("bias_init").asText()).isEqualTo("constant:-1.0");
    }

    @Test
    void badScenarioOrProbeIsAOneLineUsageError() {
        CommandRunner scenario = CommandRunner.run("train", "--scenario", "fast");
        assertThat(scenario.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(scenario.err().strip()).isEqualTo(
                "relulab train: --scenario fast: expected one of notebook, high-lr, negative-bias, deep-narrow");
        CommandRunner probe = CommandRunner.run("train", "--probe", "some");
        assertThat(probe.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(probe.err().strip()).startsWith("relulab train: --probe some: expected firstN");
        CommandRunner period = CommandRunner.run("train", "--redo", "--redo-period", "0");
        assertThat(period.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(period.err()).contains("--redo-period 0");
    }
}
