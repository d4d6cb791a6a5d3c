package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.sweep.SweepSpec;
import io.relulab.sweep.SweepTrial;
import io.relulab.sweep.TrialKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relulab sweep --spec FILE}: the same sweep as the options, options override the file, bad files in one line. */
class SweepSpecFileTest {

    @TempDir
    Path temp;

    private Path file(String json) throws IOException {
        Path file = temp.resolve("grid-" + System.nanoTime() + ".json");
        Files.writeString(file, json);
        return file;
    }

    private static List<String> keys(SweepSpec spec) {
        return spec.trials().stream().map(SweepTrial::key).map(TrialKey::id).toList();
    }

    @Test
    void theSameSweepFromOptionsAndFromASpecFileHasTheSameTrialKeys() throws IOException {
        SweepSpec options = SweepCommand.expand("--learning-rates", "0.001,0.05", "--depths", "2,3", "--widths", "16",
                "--activations", "relu,leaky_relu:0.1", "--inits", "glorot_uniform,he_normal", "--optimizers", "adam;sgd:0.1,0.9",
                "--redo", "off,on", "--epochs", "4,8", "--seeds", "3-4", "--batch-size", "16", "--probe", "full",
                "--redo-period", "10", "--redo-tau", "0.2");
        Path spec = file("""
                {"learning_rates": [0.001, 0.05], "depths": [2, 3], "widths": [16], "activations": ["relu", "leaky_relu:0.1"],
                 "inits": ["glorot_uniform", "he_normal"], "optimizers": ["adam", "sgd:0.1,0.9"], "redo": ["off", "on"],
                 "epochs": [4, 8], "seeds": "3-4", "batch_size": 16, "probe": "full", "redo_period": 10, "redo_tau": 0.2}
                """);
        SweepSpec fromFile = SweepCommand.expand("--spec", spec.toString());
        assertThat(keys(fromFile)).hasSize(2 * 2 * 2 * 2 * 2 * 2 * 2 * 2).isEqualTo(keys(options));
        assertThat(fromFile.settings()).isEqualTo(options.settings());
        assertThat(fromFile.trials()).isEqualTo(options.trials());
    }

    @Test
    void theExpandedSpecReadsBackToTheSameSweepAndHiddenListsAreAnAxis() throws IOException {
        SweepSpec options = SweepCommand.expand("--hidden", "64,32;128", "--hidden", "8", "--epochs", "2", "--seeds", "2",
                "--activations", "relu,elu:1.0", "--data", "notebook");
        assertThat(options.layers().isGrid()).isFalse();
        assertThat(options.trials().stream().map(t -> TrialKey.widths(t.key().hidden())).distinct()).containsExactly("64,32", "128", "8");
        JsonNode expanded = SweepSpecFile.toJson(options);
        assertThat(expanded.fieldNames()).toIterable().containsExactly("learning_rates", "hidden", "activations", "inits", "optimizers",
                "redo", "epochs", "seeds", "batch_size", "probe", "data", "redo_period", "redo_tau");
        assertThat(expanded.get("hidden").toString()).isEqualTo("[[64,32],[128],[8]]");
        Path spec = file(new ObjectMapper().writeValueAsString(expanded));
        assertThat(keys(SweepCommand.expand("--spec", spec.toString()))).isEqualTo(keys(options));
        // a previous sweep's results.json: its "spec"
        Path results = file("{\"schema_version\": 2, \"kind\": \"sweep\", \"spec\": " + expanded + ", \"trials\": []}");
        assertThat(keys(SweepCommand.expand("--spec", results.toString()))).isEqualTo(keys(options));
        // and the grid form
        SweepSpec grid = SweepCommand.expand("--depths", "1,2", "--widths", "4,8", "--epochs", "3");
        Path gridFile = file(SweepSpecFile.toJson(grid).toString());
        assertThat(keys(SweepCommand.expand("--spec", gridFile.toString()))).isEqualTo(keys(grid));
    }

    @Test
    void theReadmesSpecExampleIsAValidSpec() throws IOException {
        Path folder = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (!Files.exists(folder.resolve("README.md"))) {
            folder = folder.getParent();
        }
        String readme = Files.readString(folder.resolve("README.md"));
        int section = readme.indexOf("#### The spec file");
        assertThat(section).as("README has the spec file section").isPositive();
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        SweepSpec spec = SweepCommand.expand("--spec", file(example).toString());
        assertThat(spec.size()).isEqualTo(3 * 2 * 3 * 2 * 2 * 5);
        assertThat(new ObjectMapper().readTree(example).fieldNames()).toIterable().isSubsetOf(SweepSpecFile.FIELDS);
    }

    @Test
    void explicitOptionsOverrideTheFilesValues() throws IOException {
        Path spec = file("""
                {"learning_rates": [0.01], "hidden": [[8, 4]], "activations": ["gelu"], "epochs": [4], "seeds": 3, "batch_size": 64}
                """);
        SweepSpec overridden = SweepCommand.expand("--spec", spec.toString(), "--epochs", "2,3", "--seeds", "1", "--depths", "1",
                "--widths", "5");
        assertThat(overridden.epochs()).containsExactly(2, 3);
        assertThat(overridden.seeds()).containsExactly(0L);
        assertThat(overridden.layers().isGrid()).isTrue();
        assertThat(overridden.layers().lists()).containsExactly(List.of(5));
        assertThat(overridden.learningRates()).containsExactly(0.01); // from the file
        assertThat(overridden.activations().get(0).spec()).isEqualTo("gelu");
        assertThat(overridden.settings().batchSize()).isEqualTo(64);
        SweepSpec fileOnly = SweepCommand.expand("--spec", spec.toString());
        assertThat(fileOnly.layers().lists()).containsExactly(List.of(8, 4));
        assertThat(fileOnly.seeds()).containsExactly(0L, 1L, 2L);
        // a file's grid with one dimension overridden keeps the other
        Path grid = file("{\"depths\": [3], \"widths\": [7]}");
        assertThat(SweepCommand.expand("--spec", grid.toString(), "--depths", "2").layers().lists()).containsExactly(List.of(32, 32));
        assertThat(SweepCommand.expand("--spec", grid.toString()).layers().lists()).containsExactly(List.of(7, 7, 7));
    }

    @Test
    void badSpecsAreOneLineNamingTheFieldTheValueAndWhatWasExpected() throws IOException {
        assertThat(message("{\"learning_rate\": [0.1]}")).endsWith(": unknown field \"learning_rate\"; expected one of "
                + String.join(", ", SweepSpecFile.FIELDS));
        assertThat(message("{\"learning_rates\": [0.1, -1]}")).endsWith(": learning_rates[1] = -1; expected finite numbers > 0");
        assertThat(message("{\"learning_rates\": 0.1}")).endsWith(": learning_rates = 0.1; expected a non-empty array of finite numbers > 0");
        assertThat(message("{\"epochs\": [4, \"8\"]}")).endsWith(": epochs[1] = \"8\"; expected integers >= 1");
        assertThat(message("{\"hidden\": [[64, 0]]}")).endsWith(": hidden[0] = [64,0]; expected arrays of integers >= 1, e.g. [[64, 32], [128]]");
        assertThat(message("{\"hidden\": [[8]], \"depths\": [2]}")).contains("\"hidden\" and \"depths\"/\"widths\" are alternatives");
        assertThat(message("{\"activations\": [\"rleu\"]}")).contains(": activations[0] = \"rleu\": unknown activation 'rleu'; valid names: ");
        assertThat(message("{\"redo\": [\"maybe\"]}")).endsWith(": redo[0] = \"maybe\"; expected \"off\" or \"on\"");
        assertThat(message("{\"seeds\": \"x\"}")).endsWith(": seeds = \"x\"; expected a count N, a range \"A-B\" or an array of integers >= 0");
        assertThat(message("{\"probe\": \"half\"}")).endsWith(": probe = \"half\"; expected first100, full or stream");
        assertThat(message("{\"activations\": [\"relu\", \"relu\"]}")).isEqualTo("activations must be distinct, got relu,relu");
        assertThat(message("[1, 2]")).endsWith(": expected a JSON object with the sweep's fields, got [1,2]");
        assertThat(message("{\"epochs\": [4")).contains(": not JSON: ");
        assertThatThrownBy(() -> SweepCommand.expand("--hidden", "8,4", "--depths", "2"))
                .hasMessageStartingWith("--hidden and --depths/--widths are alternatives");
        assertThatThrownBy(() -> SweepCommand.expand("--hidden", "8,,4"))
                .hasMessage("--hidden 8,,4: expected comma-separated positive integers such as 64,32; an entry is empty");
        assertThatThrownBy(() -> SweepCommand.expand("--epochs", "4,0")).hasMessage("--epochs must be at least 1, got 0");
        assertThatThrownBy(() -> SweepCommand.expand("--spec", temp.resolve("none.json").toString()))
                .hasMessage("--spec " + temp.resolve("none.json") + ": the file does not exist");
        for (String json : new String[] {"{\"learning_rate\": [0.1]}", "{\"epochs\": [4"}) {
            Path out = temp.resolve("never");
            CommandRunner run = CommandRunner.run("sweep", "--spec", file(json).toString(), "--out", out.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("relulab sweep: --spec ").doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }

    private String message(String json) throws IOException {
        Path spec = file(json);
        try {
            SweepCommand.expand("--spec", spec.toString());
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage().startsWith("--spec " + spec) ? e.getMessage() : e.getMessage();
        }
        throw new AssertionError("accepted " + json);
    }
}
