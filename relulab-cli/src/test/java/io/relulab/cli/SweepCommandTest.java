package io.relulab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    private static final String[] SMALL = {"sweep", "--learning-rates", "0.001,0.05", "--depths", "1,2", "--widths", "8",
        "--activations", "relu,leaky_relu:0.1", "--epochs", "2"};

    @TempDir
    Path temp;

    @Test
    void runsTheGridWritesTheDyingMapAndResumesWithoutRunningATrialAgain() throws IOException {
        Path out = temp.resolve("A");
        CommandRunner first = CommandRunner.run(concat(SMALL, "--seeds", "2", "--out", out.toString(), "--threads", "2"));
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Ran 16 trials").contains("Report:").contains("Holm-corrected");
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("figures/dying-map-dead.png")).exists();
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(results.get("trials")).hasSize(16);
        assertThat(results.get("cells")).hasSize(8);
        String trialsBefore = withoutTimings(results.get("trials"));

        CommandRunner again = CommandRunner.run(concat(SMALL, "--seeds", "2", "--out", out.toString(), "--threads", "1"));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("resuming: 16 of 16 trials already done");
        assertThat(again.out()).doesNotContain("Ran ");
        try (Stream<Path> parts = Files.list(out.resolve("trials"))) {
            assertThat(parts).hasSize(1); // no second part: nothing ran
        }
        JsonNode resumed = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(withoutTimings(resumed.get("trials"))).isEqualTo(trialsBefore);
        assertThat(resumed.get("findings")).isEqualTo(results.get("findings"));

        Path again2 = temp.resolve("C");
        CommandRunner report = CommandRunner.run("report", out.resolve("results.json").toString(), "--out", again2.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode rerendered = new ObjectMapper().readTree(again2.resolve("results.json").toFile());
        assertThat(withoutTimings(rerendered.get("trials"))).isEqualTo(trialsBefore);
        assertThat(rerendered.get("findings")).isEqualTo(results.get("findings"));
        assertThat(rerendered.get("cells")).isEqualTo(results.get("cells"));
        assertThat(again2.resolve("report.html")).exists();
        assertThat(CommandRunner.run("report", out.resolve("results.json").toString(), "--out", again2.toString()).exitCode())
                .isEqualTo(2); // C now holds a sweep's trials
    }

    @Test
    void aLargerGridIntoTheSameFolderRunsOnlyTheNewTrials() {
        Path out = temp.resolve("grow");
        assertThat(CommandRunner.run(concat(SMALL, "--out", out.toString(), "--seeds", "1", "--quiet")).exitCode()).isZero();
        CommandRunner grown = CommandRunner.run(concat(SMALL, "--out", out.toString(), "--seeds", "2"));
        assertThat(grown.exitCode()).as(grown.err()).isZero();
        assertThat(grown.err()).contains("resuming: 8 of 16 trials already done");
        assertThat(grown.out()).contains("Ran 8 trials");
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Path out = temp.resolve("bad");
        CommandRunner engine = CommandRunner.run(concat(SMALL, "--seeds", "2", "--out", out.toString(), "--engine", "ray"));
        assertThat(engine.exitCode()).isEqualTo(2);
        assertThat(engine.err().strip()).isEqualTo("relulab sweep: --engine must be local or spark, got 'ray'");
        CommandRunner redo = CommandRunner.run(concat(SMALL, "--seeds", "2", "--out", out.toString(), "--redo", "maybe"));
        assertThat(redo.exitCode()).isEqualTo(2);
        assertThat(redo.err().strip()).isEqualTo("relulab sweep: --redo must be off, on or off,on, got 'maybe'");
        CommandRunner rate = CommandRunner.run(concat(new String[] {"sweep", "--learning-rates", "0.1,-1"}, "--out", out.toString()));
        assertThat(rate.exitCode()).isEqualTo(2);
        assertThat(rate.err().strip()).isEqualTo("relulab sweep: --learning-rates must be finite numbers > 0, got -1.0");
        CommandRunner spark = CommandRunner.run(concat(SMALL, "--seeds", "2", "--out", out.toString(), "--engine", "spark", "--master", "local[2]"));
        assertThat(spark.exitCode()).isEqualTo(2);
        assertThat(spark.err()).contains("--engine spark needs the relulab-spark module").doesNotContain("Exception");
        assertThat(spark.err().lines()).hasSize(1);
        assertThat(out).doesNotExist(); // refused before anything was written
    }

    private static String withoutTimings(JsonNode trials) {
        StringBuilder text = new StringBuilder();
        trials.forEach(t -> {
            com.fasterxml.jackson.databind.node.ObjectNode copy = (com.fasterxml.jackson.databind.node.ObjectNode) t.deepCopy();
            copy.remove("elapsed_ms");
            text.append(copy).append('\n');
        });
        return text.toString();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
