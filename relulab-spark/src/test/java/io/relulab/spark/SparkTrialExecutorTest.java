package io.relulab.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Relu;
import io.relulab.diagnostics.ProbeSet;
import io.relulab.experiment.LocalTrialExecutor;
import io.relulab.experiment.TrialFunction;
import io.relulab.experiment.TrialResult;
import io.relulab.nn.GlorotUniform;
import io.relulab.optim.AdamConfig;
import io.relulab.sweep.SweepData;
import io.relulab.sweep.SweepLayers;
import io.relulab.sweep.SweepSettings;
import io.relulab.sweep.SweepSpec;
import io.relulab.sweep.SweepTrial;
import io.relulab.sweep.SweepTrialResult;
import io.relulab.sweep.SweepTrialRunner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark engine on an embedded {@code local[2]} Spark bound to loopback, one context shared by the class and
 * stopped at its end: the same trials as the local engine, bit for bit, and every result handed back once.
 */
class SparkTrialExecutorTest {

    private static JavaSparkContext context;

    @BeforeAll
    static void startSpark() {
        context = new JavaSparkContext(SparkTrialExecutor.configuration("local[2]"));
    }

    @AfterAll
    static void stopSpark() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void sparkRunsTheSameTrialsBitForBitAsTheLocalEngine() throws InterruptedException {
        SweepSpec spec = new SweepSpec(List.of(0.001, 0.05), SweepLayers.grid(List.of(2), List.of(8)), List.of(new Relu(), new LeakyRelu(0.1)),
                List.of(new GlorotUniform()), List.of(AdamConfig.keras()), List.of(false), List.of(2), List.of(0L, 1L), settings());
        assertSameOnBothEngines(spec);
    }

    @Test
    void explicitHiddenListsAndEpochAxesRunTheSameTrialsOnSparkAsLocally() throws InterruptedException {
        SweepSpec spec = new SweepSpec(List.of(0.01, 0.1), SweepLayers.lists(List.of(List.of(8, 4), List.of(6))), List.of(new Relu()),
                List.of(new GlorotUniform()), List.of(AdamConfig.keras()), List.of(false, true), List.of(1, 3), List.of(0L), settings());
        assertThat(spec.size()).isEqualTo(16);
        assertSameOnBothEngines(spec);
    }

    private static SweepSettings settings() {
        return new SweepSettings(SweepData.notebook(), 32, ProbeSet.Kind.FIRST_ROWS, 100, 0.1, 25, 0.1);
    }

    private static void assertSameOnBothEngines(SweepSpec spec) throws InterruptedException {
        List<SweepTrial> trials = spec.trials();
        SweepTrialRunner runner = new SweepTrialRunner(spec.settings());
        List<SweepTrialResult> local = new ArrayList<>();
        new LocalTrialExecutor(2).run(trials, runner, local::add);
        List<SweepTrialResult> spark = new ArrayList<>();
        SparkTrialExecutor.on(context, 3).run(trials, runner, spark::add);

        assertThat(spark).hasSize(trials.size());
        assertThat(withoutTimings(spark)).isEqualTo(withoutTimings(local));
        assertThat(spark.stream().map(r -> r.result().testLoss())).allMatch(Double::isFinite);
        assertThat(spark).allMatch(r -> r.result().history().epochs() == r.key().epochs()
                && r.result().deadCounts().size() == r.key().hidden().size());
    }

    @Test
    void everySpecGivesExactlyOneResultWhateverThePartitioning() throws InterruptedException {
        List<Integer> specs = IntStream.range(0, 23).boxed().toList();
        TrialFunction<Integer, Integer> square = x -> x * x;
        for (int partitions : new int[] {1, 4, 23}) {
            List<Integer> results = new ArrayList<>();
            SparkTrialExecutor.on(context, partitions).run(specs, square, results::add);
            assertThat(results).containsExactlyInAnyOrderElementsOf(specs.stream().map(x -> x * x).toList());
        }
    }

    @Test
    void aFailingTrialFailsTheRunWithItsMessage() {
        TrialFunction<Integer, Integer> failing = x -> {
            if (x == 3) {
                throw new IllegalArgumentException("trial three is bad");
            }
            return x;
        };
        assertThatThrownBy(() -> SparkTrialExecutor.on(context, 2).run(List.of(1, 2, 3, 4), failing, r -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("trial three is bad");
    }

    @Test
    void aLocalMasterListensOnLoopbackOnlyWithoutUi() {
        assertThat(context.getConf().get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
        assertThat(context.getConf().get("spark.driver.host")).isEqualTo("127.0.0.1");
        assertThat(context.getConf().get("spark.ui.enabled")).isEqualTo("false");
        assertThatThrownBy(() -> SparkTrialExecutor.start(java.util.Map.of("cores", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cores");
    }

    /** Results sorted by key with the wall-clock field zeroed. */
    private static List<SweepTrialResult> withoutTimings(List<SweepTrialResult> results) {
        return results.stream()
                .map(r -> new SweepTrialResult(r.key(), zeroElapsed(r.result())))
                .sorted(Comparator.comparing(r -> r.key().id()))
                .toList();
    }

    private static TrialResult zeroElapsed(TrialResult t) {
        return new TrialResult(t.scenario(), t.activation(), t.seed(), t.status(), t.divergedEpoch(), t.trainAccuracy(),
                t.testAccuracy(), t.trainLoss(), t.testLoss(), t.history(), t.deadCounts(), 0);
    }
}
