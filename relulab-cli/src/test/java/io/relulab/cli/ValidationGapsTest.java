package io.relulab.cli;

import static io.relulab.cli.CommandRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.nn.NetworkSpec;
import io.relulab.nn.OutputHead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input that used to run, crash or print a stack trace: now one line, exit 2, nothing written. */
class ValidationGapsTest {

    @TempDir
    Path temp;

    @Test
    void emptyOrZeroHiddenListsAreRefusedByEveryCommand() {
        Path out = temp.resolve("out");
        assertOneLine(run("study", "--hidden", ",,", "--out", out.toString()),
                "relulab study: --hidden ',,': expected comma-separated positive integers such as 64,32; the list is empty");
        assertOneLine(run("study", "--hidden", "64,0", "--out", out.toString()),
                "relulab study: --hidden 64,0: expected comma-separated positive integers such as 64,32; '0' is not one");
        assertOneLine(run("train", "--hidden", ",,"),
                "relulab train: --hidden ',,': expected comma-separated positive integers such as 64,32 or none; the list is empty");
        assertOneLine(run("train", "--hidden", ""),
                "relulab train: --hidden '': expected comma-separated positive integers such as 64,32 or none; the list is empty");
        assertOneLine(run("born-dead", "--widths", "3,0"), "relulab born-dead: --widths must all be at least 1, got 0");
        assertThat(out).doesNotExist();
    }

    @Test
    void aNetworkThatCannotFitInTheHeapIsRefusedBeforeAllocating() {
        CommandRunner run = run("train", "--hidden", "100000000");
        assertThat(run.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("relulab train: --hidden 100000000: 2.3e9 parameters and 1.0e8 units need about ")
                .contains(", the JVM has ");
        CommandRunner tooLong = run("train", "--hidden", "100000,100000");
        assertOneLine(tooLong, "relulab train: --hidden 100000,100000: layer 2 would have 1.0e10 weights (100000 x 100000),"
                + " more than a Java array holds (2147483639)");
    }

    @Test
    void theEstimateCountsWeightsBiasesAndSlopes() {
        NetworkSpec network = NetworkSpec.notebook(20, new io.relulab.activation.Relu()).withHiddenSizes(List.of(64, 32));
        // (20+1)*64 + (64+1)*32 + (32+1)*1 weights and biases, plus at most one slope per hidden unit
        assertThat(NetworkSize.parameters(network)).isEqualTo(21 * 64 + 65 * 32 + 33 + 96);
        assertThat(network.head()).isEqualTo(OutputHead.SIGMOID);
        assertThat(NetworkSize.scientific(2.3e9)).isEqualTo("2.3e9");
        assertThat(NetworkSize.scientific(9.96e9)).isEqualTo("1.0e10");
        assertThat(NetworkSize.scientific(4321)).isEqualTo("4321");
    }

    @Test
    void aCsvWithoutFeatureColumnsIsNamed() throws IOException {
        Path csv = Files.writeString(temp.resolve("labels.csv"), "y\n0\n1\n0\n1\n");
        assertOneLine(run("train", "--data", "csv:" + csv, "--target", "y"), "relulab train: " + csv
                + ": no feature column; the only column is the target 'y', expected at least one feature column beside it");
    }

    @Test
    void aSplitThatLeavesAClassWithoutRowsIsRefused() throws IOException {
        Path csv = Files.writeString(temp.resolve("two.csv"), "a,y\n1,0\n2,1\n");
        Path out = temp.resolve("out");
        String expected = ": --data csv:" + csv + ": the split (--test-size 0.2, --split-seed 42) leaves class '0' 1 train and"
                + " 0 test rows of 2; every class needs at least 2 rows in each part (more data, or another --test-size)";
        assertOneLine(run("train", "--data", "csv:" + csv, "--target", "y"), "relulab train" + expected);
        assertOneLine(run("study", "--data", "csv:" + csv, "--target", "y", "--out", out.toString()), "relulab study" + expected);
        assertThat(out).doesNotExist();
    }

    @Test
    void aBatchLargerThanTheTrainPartIsAWarning() throws IOException {
        StringBuilder rows = new StringBuilder("a,b,y\n");
        for (int i = 0; i < 20; i++) {
            rows.append(i * 0.37 % 1).append(',').append(i * 0.61 % 1).append(',').append(i % 2).append('\n');
        }
        Path csv = Files.writeString(temp.resolve("twenty.csv"), rows.toString());
        CommandRunner run = run("train", "--data", "csv:" + csv, "--target", "y", "--epochs", "1", "--test-size", "0.3");
        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()[0]).isEqualTo("relulab train: warning: --batch-size 32 is more than the 14 train rows;"
                + " every epoch is one batch of 14 rows");
    }

    @Test
    void testSizeAndSplitSeedAreHonouredForTheNotebookDataInBothCommands() throws IOException {
        CommandRunner train = run("train", "--test-size", "0.5", "--split-seed", "7", "--epochs", "1");
        assertThat(train.out()).contains("notebook data: 1000 train rows, 1000 test rows");
        Path out = temp.resolve("study");
        CommandRunner study = run("study", "--test-size", "0.5", "--split-seed", "7", "--epochs", "1", "--seeds", "1",
                "--scenarios", "notebook", "--activations", "relu", "--out", out.toString(), "--quiet");
        assertThat(study.exitCode()).isZero();
        JsonNode data = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("provenance").get("data");
        assertThat(data.get("train_rows").asInt()).isEqualTo(1000);
        assertThat(data.get("test_rows").asInt()).isEqualTo(1000);
        assertThat(data.get("description").asText()).contains("train_test_split(test_size=0.5, random_state=7)");
    }

    @Test
    void activationMessagesUseTheSpecsWords() {
        assertOneLine(run("train", "--activation", "leaky_relu:1.5"), "relulab train: Invalid value for option '--activation':"
                + " leaky_relu slope must be in [0, 1), got 1.5 (try 'relulab train --help')");
    }

    private static void assertOneLine(CommandRunner run, String line) {
        assertThat(run.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(run.err()).isEqualTo(line + "\n");
        assertThat(run.out()).isEmpty();
    }
}
