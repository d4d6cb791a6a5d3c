package io.relulab.cli;

import static io.relulab.cli.CommandRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import io.relulab.report.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCommandTest {

    private static final String[] SMALL = {"study", "--activations", "relu,leaky_relu:0.1", "--seeds", "2", "--epochs", "2",
        "--scenarios", "notebook,high-lr"};

    @TempDir
    Path temp;

    @Test
    void theNotebooksDataIsMadeAheadOnlyForAStudyOfIt() {
        assertThat(StudyCommand.readsNotebookData("study")).isTrue();
        assertThat(StudyCommand.readsNotebookData("study", "--scenarios", "notebook", "--seeds", "1", "--quiet")).isTrue();
        assertThat(StudyCommand.readsNotebookData("study", "--data", "csv:x.csv", "--target", "y")).isFalse();
        assertThat(StudyCommand.readsNotebookData("study", "--data=notebook", "--test-size", "0.3")).isFalse();
        assertThat(StudyCommand.readsNotebookData("study", "--split-seed=3")).isFalse();
        assertThat(StudyCommand.readsNotebookData("study", "--help")).isFalse();
        assertThat(StudyCommand.readsNotebookData("study", "-V")).isFalse();
        assertThat(StudyCommand.readsNotebookData("sweep")).isFalse();
        assertThat(StudyCommand.readsNotebookData()).isFalse();
    }

    @Test
    void writesTheReportAndPrintsTheTables() throws IOException {
        Path out = temp.resolve("study");
        CommandRunner run = run(concat(SMALL, "--out", out.toString(), "--threads", "2"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Toy simulation (the notebook's, seed 42): dead units per epoch [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]")
                .contains("Scenario notebook:")
                .contains("Scenario high-lr:")
                .contains("test acc mean ± std")
                .contains("Findings:")
                .contains("Report:  " + out.resolve("report.html"));
        assertThat(out.resolve("report.html")).isRegularFile();
        assertThat(out.resolve("history.csv")).isRegularFile();
        assertThat(out.resolve("figures/figure2-high-lr.svg")).isRegularFile();
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(results.get("trials")).hasSize(8);
        assertThat(results.get("provenance").get("command").asText())
                .isEqualTo("./relulab study --activations relu,leaky_relu:0.1 --seeds 2 --epochs 2 --scenarios notebook,high-lr --out "
                        + out + " --threads 2");
    }

    @Test
    void aSecondStudyIntoTheSameFolderFailsAtOnceAndTheFirstStaysConsistent() throws Exception {
        Path out = temp.resolve("shared");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<CommandRunner> first = pool.submit(() -> run("study", "--activations", "relu,elu:1.0", "--seeds", "2",
                    "--epochs", "4", "--scenarios", "notebook,deep-narrow", "--out", out.toString(), "--quiet"));
            while (!OutputFolder.isLocked(out) && !first.isDone()) {
                Thread.sleep(5);
            }
            CommandRunner second = run("study", "--activations", "relu", "--seeds", "1", "--epochs", "1",
                    "--scenarios", "high-lr", "--out", out.toString());
            assertThat(first.isDone()).as("the first study was still running").isFalse();
            assertThat(second.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
            assertThat(second.err()).isEqualTo("relulab study: output folder " + out + " is in use by another run (pid "
                    + ProcessHandle.current().pid() + ")\n");
            assertThat(second.out()).isEmpty();
            assertThat(first.get().exitCode()).isZero();
        } finally {
            pool.shutdownNow();
        }
        assertThat(figureNames(out)).containsExactlyInAnyOrder(figuresOf(out));
    }

    @Test
    void aSecondRunIntoAUsedFolderLeavesNoStaleFigure() throws IOException {
        Path out = temp.resolve("reused");
        assertThat(run("study", "--activations", "relu", "--seeds", "1", "--epochs", "1", "--scenarios", "notebook,deep-narrow",
                "--out", out.toString(), "--quiet").exitCode()).isZero();
        assertThat(out.resolve("figures/figure2-deep-narrow.png")).isRegularFile();
        assertThat(run("study", "--activations", "relu", "--seeds", "1", "--epochs", "1", "--scenarios", "notebook",
                "--out", out.toString(), "--quiet").exitCode()).isZero();
        assertThat(figureNames(out)).containsExactlyInAnyOrder(figuresOf(out));
        assertThat(out.resolve("figures/figure2-deep-narrow.png")).doesNotExist();
    }

    @Test
    void anEmptyOutputFolderIsRefused() {
        CommandRunner run = run("study", "--out", "", "--seeds", "1");
        assertThat(run.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("relulab study: output folder: the path is empty; expected a folder name such as"
                + " relulab-out\n");
    }

    /** The figure files in the folder. */
    private static List<String> figureNames(Path out) throws IOException {
        try (Stream<Path> listing = Files.list(out.resolve("figures"))) {
            return listing.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** The figure files that the scenarios in the folder's results.json call for. */
    private static String[] figuresOf(Path out) throws IOException {
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        List<String> names = new ArrayList<>(List.of("figure1-activations.png", "figure1-activations.svg"));
        for (JsonNode trial : results.get("trials")) {
            String scenario = trial.get("scenario").asText();
            for (String extension : List.of(".png", ".svg")) {
                if (!names.contains("figure2-" + scenario + extension)) {
                    names.add("figure2-" + scenario + extension);
                }
            }
        }
        return names.toArray(String[]::new);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws IOException {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        assertThat(run(concat(SMALL, "--out", one.toString(), "--threads", "1", "--quiet")).exitCode()).isZero();
        assertThat(run(concat(SMALL, "--out", two.toString(), "--threads", "2", "--quiet")).exitCode()).isZero();
        assertThat(withoutTimingsAndCommand(two)).isEqualTo(withoutTimingsAndCommand(one));
    }

    @Test
    void explicitOptionsWinOverTheScenarioAndAreRecordedForIt() throws IOException {
        String[] highLr = {"study", "--activations", "relu", "--seeds", "2", "--epochs", "2", "--scenarios", "high-lr", "--threads", "2"};
        Path fast = temp.resolve("fast");
        Path slow = temp.resolve("slow");
        assertThat(run(concat(highLr, "--out", fast.toString(), "--quiet")).exitCode()).isZero();
        CommandRunner honoured = run(concat(highLr, "--out", slow.toString(), "--optimizer", "adam:0.001"));
        assertThat(honoured.exitCode()).isZero();
        assertThat(honoured.out()).contains("ran with: hidden 64,32, init glorot_uniform, bias init zeros, optimizer adam:0.001, "
                + "epochs 2, batch size 32");
        JsonNode a = new ObjectMapper().readTree(fast.resolve("results.json").toFile());
        JsonNode b = new ObjectMapper().readTree(slow.resolve("results.json").toFile());
        assertThat(a.get("scenarios").get(0).get("configuration").get("optimizer").asText()).isEqualTo("adam:0.05");
        assertThat(b.get("scenarios").get(0).get("configuration").get("optimizer").asText()).isEqualTo("adam:0.001");
        assertThat(b.get("provenance").get("settings").get("optimizer").asText()).isEqualTo("adam:0.001");
        assertThat(b.get("trials").get(0).get("history")).isNotEqualTo(a.get("trials").get(0).get("history"));
    }

    @Test
    void trainReproducesAStudyTrialBitForBitAndReportRebuildsTheStudy() throws IOException {
        Path study = temp.resolve("study");
        assertThat(run("study", "--activations", "relu,elu:1.0", "--scenarios", "high-lr", "--seeds", "0,1", "--epochs", "3",
                "--out", study.toString(), "--quiet").exitCode()).isZero();
        Path single = temp.resolve("t.json");
        assertThat(run("train", "--activation", "relu", "--scenario", "high-lr", "--seed", "1", "--epochs", "3",
                "--json", single.toString()).exitCode()).isZero();
        JsonNode trial = new ObjectMapper().readTree(study.resolve("results.json").toFile()).get("trials").get(1);
        JsonNode train = new ObjectMapper().readTree(single.toFile());
        assertThat(trial.get("activation").asText() + "/" + trial.get("seed").asInt()).isEqualTo("relu/1");
        for (String metric : new String[] {"train_accuracy", "test_accuracy", "train_loss", "test_loss"}) {
            assertThat(train.get(metric).doubleValue()).as(metric).isEqualTo(trial.get(metric).doubleValue());
        }
        assertThat(train.get("history")).isEqualTo(trial.get("history"));
        assertThat(train.get("dead").get("layer2").get("dead")).isEqualTo(trial.get("dead").get("layer2").get("dead"));

        Path rebuilt = temp.resolve("rebuilt");
        CommandRunner report = run("report", study.resolve("results.json").toString(), "--out", rebuilt.toString());
        assertThat(report.exitCode()).isZero();
        assertThat(report.out()).contains("Scenario high-lr:").contains("Report:  " + rebuilt.resolve("report.html"));
        for (String file : new String[] {"report.html", "results.json", "history.csv"}) {
            assertThat(Files.readString(rebuilt.resolve(file))).as(file).isEqualTo(Files.readString(study.resolve(file)));
        }
        CommandRunner missing = run("report", temp.resolve("nope.json").toString(), "--out", rebuilt.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("relulab report: results file " + temp.resolve("nope.json") + " does not exist\n");
    }

    @Test
    void anUnwritableOutputFolderFailsAtOnce() {
        CommandRunner run = run("study", "--out", "/proc/forbidden");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("relulab study: output folder /proc/forbidden is not writable");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badOptionsGiveOneLineAndExitCode2() {
        CommandRunner unknownScenario = run("study", "--scenarios", "notebook,warp-speed", "--out", temp.toString());
        assertThat(unknownScenario.exitCode()).isEqualTo(2);
        assertThat(unknownScenario.errLines()).hasSize(1);
        assertThat(unknownScenario.err()).contains("unknown scenario 'warp-speed', expected one of notebook, high-lr");

        CommandRunner badSeeds = run("study", "--seeds", "ten", "--out", temp.toString());
        assertThat(badSeeds.exitCode()).isEqualTo(2);
        assertThat(badSeeds.err()).isEqualTo("relulab study: --seeds must be a count N, a range A-B or a comma-separated list of integers, got 'ten'\n");

        CommandRunner missingCsv = run("study", "--data", "csv:" + temp.resolve("nope.csv"), "--target", "y", "--out", temp.resolve("o").toString());
        assertThat(missingCsv.exitCode()).isEqualTo(2);
        assertThat(missingCsv.errLines()).hasSize(1);
        assertThat(missingCsv.err()).contains("nope.csv");

        CommandRunner noTarget = run("study", "--data", "csv:x.csv", "--out", temp.toString());
        assertThat(noTarget.err()).isEqualTo("relulab study: --data csv:x.csv needs --target COLUMN naming the class column\n");
    }

    @Test
    void seedsAreACountARangeOrAList() {
        assertThat(seeds("3")).containsExactly(0L, 1L, 2L);
        assertThat(seeds("5-7")).containsExactly(5L, 6L, 7L);
        assertThat(seeds("7-7")).containsExactly(7L);
        assertThat(seeds("4,1,9")).containsExactly(4L, 1L, 9L);
    }

    private static java.util.List<Long> seeds(String text) {
        picocli.CommandLine top = ReluLab.newCommandLine();
        top.parseArgs("study", "--seeds", text);
        StudyCommand command = top.getSubcommands().get("study").getCommand();
        return command.seedList();
    }

    private static JsonNode withoutTimingsAndCommand(Path folder) throws IOException {
        JsonNode results = new ObjectMapper().readTree(folder.resolve("results.json").toFile());
        ObjectNode provenance = (ObjectNode) results.get("provenance");
        provenance.remove("created_at");
        provenance.remove("command");

        for (JsonNode trial : results.get("trials")) {
            ((ObjectNode) trial).remove("elapsed_ms");
        }
        return results;
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    @Test
    void badOptimizerAndInitializerSpecsNameTheOptionAsTrainDoes() {
        CommandRunner optimizer = run("study", "--optimizer", "adagrad", "--seeds", "1");
        assertThat(optimizer.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(optimizer.err()).isEqualTo("relulab study: Invalid value for option '--optimizer': unknown optimizer"
                + " 'adagrad'; expected adam, adam_pytorch, sgd or rmsprop (try 'relulab study --help')\n");
        CommandRunner init = run("study", "--init", "xavier", "--seeds", "1");
        assertThat(init.exitCode()).isEqualTo(ReluLab.EXIT_USAGE);
        assertThat(init.err()).startsWith("relulab study: Invalid value for option '--init': unknown initializer 'xavier'")
                .hasLineCount(1);
    }
}
