package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relulab.report.TrainingJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path folder;

    @Test
    void trainsTheNotebookNetworkAndWritesRoundTrippingJson() throws Exception {
        Path file = folder.resolve("out/run.json");
        CommandRunner run = CommandRunner.run("train", "--activation", "leaky_relu:0.1", "--epochs", "3",
                "--seed", "7", "--json", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("activation leaky_relu:0.1, seed 7, scenario notebook, notebook data: 1600 train rows, 400 test rows, 20 features")
                .contains("network 20 -> 64 -> 32 -> 1 (sigmoid), init glorot_uniform, bias zeros, optimizer adam:0.001, 3 epochs")
                .contains("status: completed, 3 epochs, 150 steps").contains("train accuracy 0.").contains("test  accuracy 0.");
        JsonNode json = TrainingJson.parse(Files.readString(file));
        assertThat(json.get("activation").asText()).isEqualTo("leaky_relu:0.1");
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        assertThat(json.get("status").asText()).isEqualTo("completed");
        for (String key : new String[] {"train_accuracy", "test_accuracy", "train_loss", "test_loss"}) {
            assertThat(json.get(key).isDouble()).as(key).isTrue();
        }
        JsonNode history = json.get("history");
        for (String key : new String[] {"loss", "accuracy", "val_loss", "val_accuracy"}) {
            assertThat(history.get(key)).as(key).hasSize(3);
        }
        // the last val entries are the final test metrics, to the bit
        assertThat(history.get("val_loss").get(2).asDouble()).isEqualTo(json.get("test_loss").asDouble());
        assertThat(json.get("config").get("hidden").toString()).isEqualTo("[64,32]");
        assertThat(json.get("config").get("optimizer").asText()).isEqualTo("adam:0.001");
        assertThat(json.get("data").get("fingerprint").asText()).hasSize(64);

        // same seed, same bits
        Path again = folder.resolve("again.json");
        CommandRunner.run("train", "--activation", "leaky_relu:0.1", "--epochs", "3", "--seed", "7", "--json", again.toString());
        assertThat(TrainingJson.parse(Files.readString(again))).isEqualTo(json);
    }

    @Test
    void anAbsurdLearningRateDivergesWithExitCodeOneAndNullMetrics() throws Exception {
        Path file = folder.resolve("diverged.json");
        CommandRunner run = CommandRunner.run("train", "--optimizer", "sgd:50", "--json", file.toString());
        assertThat(run.exitCode()).isEqualTo(ReluLab.EXIT_FAILED);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).containsPattern("status: diverged in epoch 1: the training loss exploded to [0-9.E]+ \\(more than 10000.0 times")
                .doesNotContain("Exception").doesNotContain("NaN").doesNotContain("train accuracy");
        JsonNode json = TrainingJson.parse(Files.readString(file));
        assertThat(json.get("status").asText()).isEqualTo("diverged");
        assertThat(json.get("epoch").asInt()).isEqualTo(1);
        assertThat(json.get("test_accuracy").isNull()).isTrue();
        assertThat(json.get("train_loss").isNull()).isTrue();
        assertThat(Files.readString(file)).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() {
        String[][] cases = {
            {"--optimizer", "adagrad"},
            {"--init", "xavier"},
            {"--hidden", "64,x"},
            {"--epochs", "0"},
            {"--batch-size", "0"},
            {"--seed", "-1"},
            {"--data", "csv:"},
            {"--data", "csv:/nonexistent/file.csv"},
            {"--data", "csv:/nonexistent/file.csv", "--target", "y"},
            {"--data", "parquet:x"},
            {"--test-size", "1.5"},
            {"--activation", "leaky_relu"},
            {"--bias-init", "rai"},
        };
        for (String[] arguments : cases) {
            String[] args = new String[arguments.length + 1];
            args[0] = "train";
            System.arraycopy(arguments, 0, args, 1, arguments.length);
            CommandRunner run = CommandRunner.run(args);
            assertThat(run.exitCode()).as(String.join(" ", arguments) + ": " + run.err()).isEqualTo(ReluLab.EXIT_USAGE);
            assertThat(run.err()).as(String.join(" ", arguments)).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(run.err().lines().findFirst().orElse("")).as(String.join(" ", arguments)).isNotBlank();
        }
    }

    @Test
    void trainsOnACsvFileWithThreeClassesThroughASoftmaxHead() throws Exception {
        StringBuilder csv = new StringBuilder("a,b,label\n");
        io.relulab.random.NumpyRandom random = new io.relulab.random.NumpyRandom(1);
        String[] names = {"cat", "dog", "fox"};
        for (int r = 0; r < 90; r++) {
            int k = r % 3;
            csv.append(random.normal(k * 3, 1)).append(',').append(random.normal(-k, 1)).append(',').append(names[k]).append('\n');
        }
        Path file = folder.resolve("three.csv");
        Files.writeString(file, csv);
        Path out = folder.resolve("three.json");
        CommandRunner run = CommandRunner.run("train", "--data", "csv:" + file, "--target", "label", "--epochs", "30",
                "--hidden", "8", "--optimizer", "adam:0.01", "--json", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("network 2 -> 8 -> 3 (softmax)");
        JsonNode json = TrainingJson.parse(Files.readString(out));
        assertThat(json.get("config").get("loss").asText()).isEqualTo("categorical_crossentropy");
        assertThat(json.get("test_accuracy").asDouble()).isGreaterThan(0.8);
    }
}
