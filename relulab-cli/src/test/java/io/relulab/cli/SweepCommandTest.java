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

    @Test
    void hiddenListsAndEpochsAreAxesAndAPreviousRunsSpecRunsTheSameTrialsAgain() throws IOException {
        Path out = temp.resolve("axes");
        String[] axes = {"sweep", "--learning-rates", "0.01,0.1", "--hidden", "6,3;5", "--epochs", "1,2", "--activations", "relu",
            "--seeds", "1", "--threads", "2"};
        CommandRunner run = CommandRunner.run(concat(axes, "--out", out.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Ran 8 trials").contains("relu, glorot_uniform, adam, 2 epochs: the mean dead share");
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(results.get("spec").get("hidden").toString()).isEqualTo("[[6,3],[5]]");
        assertThat(results.get("spec").get("epochs").toString()).isEqualTo("[1,2]");
        assertThat(results.get("trials").get(0).get("key").toString()).isEqualTo("{\"activation\":\"relu\",\"learning_rate\":0.01,"
                + "\"hidden\":[6,3],\"init\":\"glorot_uniform\",\"optimizer\":\"adam\",\"redo\":false,\"epochs\":1,\"data\":\"notebook\",\"seed\":0}");
        assertThat(results.get("trials").get(7).get("history").get("loss")).hasSize(2);
        assertThat(Files.readString(out.resolve("report.html"))).contains("learning rate × hidden layers, one row per list of widths");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("trials", "sweep.json", "results.json", "history.csv", "figures", "report.html", ".relulab.lock");
        }

        Path again = temp.resolve("again");
        CommandRunner fromSpec = CommandRunner.run("sweep", "--spec", out.resolve("results.json").toString(), "--out", again.toString(),
                "--threads", "1");
        assertThat(fromSpec.exitCode()).as(fromSpec.err()).isZero();
        JsonNode reproduced = new ObjectMapper().readTree(again.resolve("results.json").toFile());
        assertThat(withoutTimings(reproduced.get("trials"))).isEqualTo(withoutTimings(results.get("trials")));
        assertThat(reproduced.get("spec")).isEqualTo(results.get("spec"));
        CommandRunner resumed = CommandRunner.run(concat(axes, "--out", out.toString()));
        assertThat(resumed.err()).contains("resuming: 8 of 8 trials already done");
    }

    @Test
    void anInterruptedSweepKeepsItsTrialsPublishesNoReportAndSaysHowToResume() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill");
        Path out = temp.resolve("stopped");
        String[] args = {"sweep", "--learning-rates", "0.001,0.01,0.1", "--depths", "1,2", "--widths", "16", "--activations", "relu,elu",
            "--seeds", "4", "--epochs", "6", "--threads", "1", "--out", out.toString()};
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), ReluLab.class.getName()));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String last;
        try (java.io.BufferedReader err = new java.io.BufferedReader(new java.io.InputStreamReader(process.getErrorStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line = err.readLine();
            assertThat(line).as("first progress line").contains("% (");
            new ProcessBuilder("/bin/kill", "-TERM", Long.toString(process.pid())).start().waitFor();
            last = line;
            for (String next = err.readLine(); next != null; next = err.readLine()) {
                last = next;
            }
            assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).isEqualTo(143);
        assertThat(last).matches("relulab sweep: interrupted after \\d+ of 48 trials; the trials that finished are kept in "
                + java.util.regex.Pattern.quote(out.resolve("trials").toString()) + "; no new report was published; "
                + "to resume, run the same command again: relulab sweep --learning-rates .*");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("trials", "sweep.json", ".relulab.lock");
        }
        CommandRunner resumed = CommandRunner.run(java.util.Arrays.copyOf(args, args.length));
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).containsPattern("resuming: \\d+ of 48 trials already done");
        assertThat(new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("trials")).hasSize(48);
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
