package io.relulab.experiment;

import static io.relulab.experiment.HandMadeTrials.aggregate;
import static io.relulab.experiment.HandMadeTrials.diverged;
import static io.relulab.experiment.HandMadeTrials.trial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StudyAggregatorTest {

    @Test
    void summarisesFindsTheSignificantWinnerAndCountsDeadUnits() {
        ScenarioSummary scenario = aggregate(trials());

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
        assertThat(layer2.trialsDeadAtEnd()).isEqualTo(2);
        assertThat(layer2.firstEpochWithDeadUnits()).isEqualTo(1);
        assertThat(layer2.firstEpochDeadRange()).isEqualTo(new CountRange(0, 1));
        assertThat(layer2.finalDeadRange()).isEqualTo(new CountRange(0, 3));
        assertThat(layer2.meanDeadPerEpoch()).containsExactly(2.0 / 3, 5.0 / 3);
        assertThat(relu.versusBaseline()).isEmpty();

        VariantSummary elu = scenario.variant("elu:1.0").orElseThrow();
        assertThat(elu.versusBaseline().orElseThrow().pValue()).isLessThan(0.01);
        assertThat(elu.lostUnits()).isFalse();

        // three comparisons: elu (best) vs leaky, elu vs relu, leaky vs relu
        assertThat(scenario.comparisons()).hasSize(3);
        assertThat(scenario.comparison("relu", "elu:1.0").orElseThrow().isSignificant()).isTrue();
        assertThat(scenario.findings().get(0))
                .startsWith("Highest mean test accuracy: elu:1.0, 0.9500 (95% CI ")
                .contains("significantly higher than")
                .contains("relu (Welch p = ")
                .contains("Holm-adjusted p = ");
        assertThat(scenario.findings()).anySatisfy(f -> assertThat(f).startsWith("leaky_relu:0.1 vs relu:").contains("not significant"));
        assertThat(scenario.findings()).contains(
                "Significance is Holm–Bonferroni corrected over the 3 comparisons above (a difference counts when its adjusted p < 0.05).");
        assertThat(scenario.findings()).contains("relu lost units (probe: the first 100 training rows) — layer2: 1.7 of 32 units dead "
                + "after the last epoch on average (0–3 over seeds), dead at the end in 2 of 3 seeds, first dead after epoch 1.");
        assertThat(scenario.findings()).contains(
                "No dead unit after any epoch of any seed (probe: the first 100 training rows): leaky_relu:0.1, elu:1.0.");
        assertThat(scenario.findings()).anySatisfy(f -> assertThat(f).startsWith("relu diverged (loss or weights not finite) in 1 of 4 seeds"));
        assertThat(scenario.observations()).containsExactly(
                "relu, layer2: 0–1 of 32 dead after epoch 1, 0–3 after the last epoch (dead after some epoch in 2 of 3 seeds)",
                "no dead unit after any epoch of any seed: leaky_relu:0.1, elu:1.0",
                "Counted on the first 100 training rows; saturated: largest |f′(z)| < 0.001 on every probe row.");
    }

    @Test
    void orderOfCompletionDoesNotMatter() {
        List<TrialResult> shuffled = new ArrayList<>(trials());
        Collections.shuffle(shuffled, new Random(7));
        ScenarioSummary a = aggregate(trials());
        ScenarioSummary b = aggregate(shuffled);
        assertThat(b.findings()).isEqualTo(a.findings());
        assertThat(b.variants().get(0).testAccuracy()).isEqualTo(a.variants().get(0).testAccuracy());
    }

    private static List<TrialResult> trials() {
        List<TrialResult> trials = new ArrayList<>();
        double[] relu = {0.89, 0.90, 0.88};
        int[][] reluDead = {{0, 0}, {1, 2}, {1, 3}};
        for (int seed = 0; seed < 3; seed++) {
            trials.add(trial("relu", seed, relu[seed], reluDead[seed]));
        }
        trials.add(diverged("relu", 3));
        double[] leaky = {0.895, 0.885, 0.90};
        double[] elu = {0.95, 0.96, 0.94};
        for (int seed = 0; seed < 3; seed++) {
            trials.add(trial("leaky_relu:0.1", seed, leaky[seed], 0, 0));
            trials.add(trial("elu:1.0", seed, elu[seed], 0, 0));
        }
        return trials;
    }
}
