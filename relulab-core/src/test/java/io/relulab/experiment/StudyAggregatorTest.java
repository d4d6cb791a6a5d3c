package io.relulab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StudyAggregatorTest {

    private static final List<String> ACTIVATIONS = List.of("relu", "leaky_relu:0.1", "elu:1.0");

    @Test
    void summarisesFindsTheSignificantWinnerAndCountsDeadUnits() {
        List<TrialResult> trials = trials();
        ScenarioSummary scenario = StudyAggregator.aggregate(trials, List.of("high-lr"), ACTIVATIONS, "relu").get(0);

        VariantSummary relu = scenario.variant("relu").orElseThrow();
        assertThat(relu.trials()).isEqualTo(4);
        assertThat(relu.diverged()).isEqualTo(1);
        assertThat(relu.testAccuracy().orElseThrow().mean()).isCloseTo((0.89 + 0.90 + 0.88) / 3, within(1e-15));
        LayerSummary layer2 = relu.layers().get(1);
        // finished relu trials: dead after epochs (0,0), (1,2), (1,3) → final mean 5/3, maxima 0, 2, 3; first after epoch 1
        assertThat(layer2.meanFinalDead()).isCloseTo(5.0 / 3, within(1e-15));
        assertThat(layer2.maxDead()).isEqualTo(3);
        assertThat(layer2.meanMaxDead()).isCloseTo(5.0 / 3, within(1e-15));
        assertThat(layer2.trialsWithDeadUnits()).isEqualTo(2);
        assertThat(layer2.firstEpochWithDeadUnits()).isEqualTo(1);
        assertThat(layer2.meanDeadPerEpoch()).containsExactly(2.0 / 3, 5.0 / 3);
        assertThat(relu.versusBaseline()).isEmpty();

        VariantSummary elu = scenario.variant("elu:1.0").orElseThrow();
        assertThat(elu.versusBaseline().orElseThrow().pValue()).isLessThan(0.01);
        assertThat(elu.lostUnits()).isFalse();

        assertThat(scenario.findings()).anySatisfy(f -> assertThat(f)
                .startsWith("Highest mean test accuracy: elu:1.0, 0.9500")
                .contains("significantly higher than")
                .contains("relu (p = "));
        assertThat(scenario.findings()).anySatisfy(f -> assertThat(f).startsWith("leaky_relu:0.1 vs relu:").contains("not significant"));
        assertThat(scenario.findings()).anySatisfy(f -> assertThat(f).startsWith("relu lost units — layer2: 1.7 of 32 units"));
        assertThat(scenario.findings()).contains("No dead unit in any epoch of any seed: leaky_relu:0.1, elu:1.0.");
        // elu vs relu: p ≈ 0.004 < 0.05/2, so it survives the correction for two comparisons
        assertThat(scenario.findings()).contains(
                "2 variants were tested against relu; with a Bonferroni correction (p < 0.0250) still significant: elu:1.0.");
        assertThat(scenario.findings()).anySatisfy(f -> assertThat(f).startsWith("relu diverged (loss or weights not finite) in 1 of 4 seeds"));
    }

    @Test
    void orderOfCompletionDoesNotMatter() {
        List<TrialResult> shuffled = new ArrayList<>(trials());
        Collections.shuffle(shuffled, new Random(7));
        ScenarioSummary a = StudyAggregator.aggregate(trials(), List.of("high-lr"), ACTIVATIONS, "relu").get(0);
        ScenarioSummary b = StudyAggregator.aggregate(shuffled, List.of("high-lr"), ACTIVATIONS, "relu").get(0);
        assertThat(b.findings()).isEqualTo(a.findings());
        assertThat(b.variants().get(0).testAccuracy()).isEqualTo(a.variants().get(0).testAccuracy());
    }

    @Test
    void tiedVariantsAreNotCalledBetter() {
        List<TrialResult> trials = List.of(
                trial("relu", 0, 0.90, 0), trial("relu", 1, 0.91, 0), trial("relu", 2, 0.89, 0),
                trial("elu:1.0", 0, 0.905, 0), trial("elu:1.0", 1, 0.895, 0), trial("elu:1.0", 2, 0.91, 0));
        ScenarioSummary scenario = StudyAggregator.aggregate(trials, List.of("high-lr"), ACTIVATIONS, "relu").get(0);
        assertThat(scenario.findings().get(0)).contains("not significantly different from").doesNotContain("significantly higher");
        assertThat(scenario.findings()).noneMatch(f -> f.contains("Bonferroni"));
    }

    @Test
    void constantSamplesAreNotTestableAndNeverCalledSignificant() {
        List<TrialResult> trials = List.of(
                trial("relu", 0, 0.875, 0), trial("relu", 1, 0.875, 0), trial("relu", 2, 0.875, 0),
                trial("elu:1.0", 0, 0.8667, 0), trial("elu:1.0", 1, 0.8667, 0), trial("elu:1.0", 2, 0.8667, 0));
        ScenarioSummary scenario = StudyAggregator.aggregate(trials, List.of("high-lr"), ACTIVATIONS, "relu").get(0);
        assertThat(scenario.findings().get(0))
                .contains("not significantly different from elu:1.0 (no seed-to-seed spread in either, so not testable)");
        assertThat(scenario.findings()).contains(
                "elu:1.0 vs relu: test accuracy -0.0083, but neither varies across seeds, so the difference cannot be tested.");
        assertThat(scenario.findings()).noneMatch(f -> f.contains("significantly higher") || f.contains("significantly lower"));
    }

    private static List<TrialResult> trials() {
        List<TrialResult> trials = new ArrayList<>();
        double[] relu = {0.89, 0.90, 0.88};
        int[] reluDead = {0, 2, 3};
        for (int seed = 0; seed < 3; seed++) {
            trials.add(trial("relu", seed, relu[seed], reluDead[seed]));
        }
        trials.add(new TrialResult("high-lr", "relu", 3, TrialStatus.DIVERGED, 2, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, new TrialHistory(new double[] {0.5}, new double[] {0.5}, new double[] {0.5}, new double[] {0.5}),
                List.of(), 1));
        double[] leaky = {0.895, 0.885, 0.90};
        double[] elu = {0.95, 0.96, 0.94};
        for (int seed = 0; seed < 3; seed++) {
            trials.add(trial("leaky_relu:0.1", seed, leaky[seed], 0));
            trials.add(trial("elu:1.0", seed, elu[seed], 0));
        }
        return trials;
    }

    /** A two-epoch trial whose layer2 has {@code finalDead} dead units at the end and min(1, finalDead) after epoch 1. */
    private static TrialResult trial(String activation, long seed, double testAccuracy, int finalDead) {
        TrialHistory history = new TrialHistory(new double[] {0.6, 0.4}, new double[] {0.7, 0.8},
                new double[] {0.5, 0.45}, new double[] {0.8, testAccuracy});
        int firstEpoch = Math.min(1, finalDead);
        List<LayerDeadCounts> dead = List.of(
                new LayerDeadCounts("layer1", 64, new int[] {0, 0}, new int[] {0, 0}, new int[] {0, 0}),
                new LayerDeadCounts("layer2", 32, new int[] {firstEpoch, finalDead}, new int[] {firstEpoch, finalDead},
                        new int[] {firstEpoch, finalDead}));
        return new TrialResult("high-lr", activation, seed, TrialStatus.COMPLETED, 0, testAccuracy + 0.05, testAccuracy,
                0.3, 0.35, history, dead, 1);
    }
}
