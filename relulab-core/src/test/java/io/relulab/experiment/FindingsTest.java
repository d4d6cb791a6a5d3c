package io.relulab.experiment;

import static io.relulab.experiment.HandMadeTrials.aggregate;
import static io.relulab.experiment.HandMadeTrials.diverged;
import static io.relulab.experiment.HandMadeTrials.trial;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sentence generator on hand-made results, one case per test. */
class FindingsTest {

    @Test
    void noneDead() {
        ScenarioSummary scenario = aggregate(List.of(
                trial("relu", 0, 0.90, 0, 0), trial("relu", 1, 0.91, 0, 0),
                trial("elu:1.0", 0, 0.905, 0, 0), trial("elu:1.0", 1, 0.90, 0, 0)));
        assertThat(scenario.findings()).contains(
                "No dead unit after any epoch of any seed (probe: the first 100 training rows): relu, elu:1.0.");
        assertThat(scenario.findings()).noneMatch(f -> f.contains("lost") || f.contains("0.0 of"));
        assertThat(scenario.observations()).containsExactly("no dead unit after any epoch of any seed: relu, elu:1.0",
                "Counted on the first 100 training rows; saturated: largest |f′(z)| < 0.001 on every probe row.");
    }

    @Test
    void transientlyDeadOnlyIsNotCalledLost() {
        ScenarioSummary scenario = aggregate(List.of(
                trial("relu", 0, 0.90, 1, 0, 0), trial("relu", 1, 0.91, 0, 1, 0), trial("relu", 2, 0.92, 0, 0, 0),
                trial("elu:1.0", 0, 0.905, 0, 0, 0), trial("elu:1.0", 1, 0.90, 0, 0, 0), trial("elu:1.0", 2, 0.91, 0, 0, 0)));
        assertThat(scenario.findings()).contains("relu had only transiently dead units (probe: the first 100 training rows) — "
                + "layer2: at most 1 unit, in 2 of 3 seeds, none at the end.");
        assertThat(scenario.findings()).noneMatch(f -> f.contains("lost") || f.contains("0.0 of"));
        assertThat(scenario.variant("relu").orElseThrow().lostUnits()).isFalse();
        assertThat(scenario.variant("relu").orElseThrow().hadDeadUnits()).isTrue();
        assertThat(scenario.observations().get(0)).isEqualTo(
                "relu, layer2: none dead after the last epoch; transiently dead: at most 1 of 32, in 2 of 3 seeds");
    }

    @Test
    void deadAtTheEndIsLostWithMeanRangeAndSeeds() {
        ScenarioSummary scenario = aggregate(List.of(
                trial("relu", 0, 0.90, 14, 23), trial("relu", 1, 0.91, 19, 27), trial("relu", 2, 0.92, 15, 24),
                trial("elu:1.0", 0, 0.905, 0, 0), trial("elu:1.0", 1, 0.90, 0, 0), trial("elu:1.0", 2, 0.91, 0, 0)));
        assertThat(scenario.findings()).contains("relu lost units (probe: the first 100 training rows) — layer2: 24.7 of 32 units "
                + "dead after the last epoch on average (23–27 over seeds), dead at the end in 3 of 3 seeds, first dead after epoch 1.");
        assertThat(scenario.observations().get(0)).isEqualTo(
                "relu, layer2: 14–19 of 32 dead after epoch 1, 23–27 after the last epoch (dead after some epoch in 3 of 3 seeds)");
    }

    @Test
    void saturatedButNotDeadUnitsAreFoundAndSaidAsSuch() {
        ScenarioSummary scenario = aggregate(List.of(
                trial("relu", 0, 0.90, 0, 0), trial("relu", 1, 0.91, 0, 0),
                HandMadeTrials.saturatedTrial("elu:1.0", 0, 0.905, 5, 8), HandMadeTrials.saturatedTrial("elu:1.0", 1, 0.90, 20, 26)));
        assertThat(scenario.findings()).contains("elu:1.0 has no dead unit at the end, but saturated ones (largest |f′(z)| < 0.001 "
                + "on every probe row: they have all but stopped learning; probe: the first 100 training rows) — layer2: 17 of 32 "
                + "units saturated after the last epoch on average (8–26 over seeds, in 2 of 2 seeds).");
        assertThat(scenario.findings()).contains(
                "No dead unit after any epoch of any seed (probe: the first 100 training rows): relu, elu:1.0.");
        assertThat(scenario.observations()).contains(
                "elu:1.0, layer2: no dead unit, but 8–26 of 32 saturated after the last epoch (mean 17, in 2 of 2 seeds)");
    }

    @Test
    void allDiverged() {
        ScenarioSummary scenario = aggregate(List.of(diverged("relu", 0), diverged("relu", 1), diverged("elu:1.0", 0)));
        assertThat(scenario.findings()).containsExactly(
                "No variant finished training, so there is no accuracy to compare.",
                "relu diverged (loss or weights not finite) in 2 of 2 seeds; its statistics use the other 0.",
                "elu:1.0 diverged (loss or weights not finite) in 1 of 1 seeds; its statistics use the other 0.");
        assertThat(scenario.observations()).containsExactly("Every trial diverged, so no unit was counted.");
        assertThat(scenario.comparisons()).isEmpty();
    }

    @Test
    void oneSeedHasNoIntervalAndNoTestAndIsNotCalledNoise() {
        ScenarioSummary scenario = aggregate(List.of(trial("relu", 0, 0.90, 3, 5), trial("elu:1.0", 0, 0.92, 0, 0)));
        assertThat(scenario.findings().get(0)).isEqualTo("Highest mean test accuracy: elu:1.0, 0.9200 (one seed: no interval; "
                + "run more seeds before drawing conclusions); not compared with relu (too few seeds to test).");
        assertThat(scenario.findings()).contains("relu lost units (probe: the first 100 training rows) — layer2: 5 of 32 units dead "
                + "after the last epoch (one seed; first dead after epoch 1).");
        assertThat(scenario.findings()).noneMatch(f -> f.contains("noise") || f.contains("significant"));
        assertThat(scenario.comparisons()).singleElement().satisfies(c -> assertThat(c.hasEnoughSeeds()).isFalse());
    }

    @Test
    void untestableIsSaidAsSuchAndNeverSignificant() {
        ScenarioSummary scenario = aggregate(List.of(
                trial("relu", 0, 0.875, 0, 0), trial("relu", 1, 0.875, 0, 0), trial("relu", 2, 0.875, 0, 0),
                trial("elu:1.0", 0, 0.8667, 0, 0), trial("elu:1.0", 1, 0.8667, 0, 0), trial("elu:1.0", 2, 0.8667, 0, 0)));
        assertThat(scenario.findings().get(0))
                .contains("not compared with elu:1.0 (no seed-to-seed spread in either, so not testable)")
                .doesNotContain("noise");
        assertThat(scenario.findings()).contains(
                "elu:1.0 vs relu: test accuracy -0.0083, but neither varies across seeds, so the difference cannot be tested.");
        assertThat(scenario.findings()).noneMatch(f -> f.contains("significantly higher") || f.contains("significantly lower")
                || f.contains("Holm–Bonferroni corrected"));
    }

    @Test
    void anIntervalReachingOutsideZeroOneIsFlagged() {
        ScenarioSummary scenario = aggregate(List.of(trial("relu", 0, 0.55, 0, 0), trial("relu", 1, 0.99, 0, 0)));
        assertThat(scenario.findings().get(0)).isEqualTo("Highest mean test accuracy: relu, 0.7700 "
                + "(2 seeds: too few seeds for a 95% CI — it would reach outside [0, 1]).");
        assertThat(Findings.intervalInsideUnit(scenario.variants().get(0).testAccuracy().orElseThrow())).isFalse();
    }

    @Test
    void tiedVariantsAreNotCalledBetter() {
        ScenarioSummary scenario = aggregate(List.of(
                trial("relu", 0, 0.90, 0), trial("relu", 1, 0.91, 0), trial("relu", 2, 0.89, 0),
                trial("elu:1.0", 0, 0.905, 0), trial("elu:1.0", 1, 0.895, 0), trial("elu:1.0", 2, 0.91, 0)));
        assertThat(scenario.findings().get(0)).contains("not significantly different from").contains("within seed-to-seed noise")
                .doesNotContain("significantly higher");
    }

    @Test
    void noSignificanceClaimSurvivesThatHolmRejects() {
        Random random = new Random(11);
        int rawOnly = 0;
        for (int study = 0; study < 300; study++) {
            List<TrialResult> trials = new ArrayList<>();
            for (String activation : HandMadeTrials.ACTIVATIONS) {
                double shift = random.nextGaussian() * 0.01;
                for (int seed = 0; seed < 4; seed++) {
                    trials.add(trial(activation, seed, 0.9 + shift + random.nextGaussian() * 0.006, 0));
                }
            }
            ScenarioSummary scenario = aggregate(trials);
            for (Comparison comparison : scenario.comparisons()) {
                assertThat(comparison.isSignificant()).isEqualTo(comparison.adjustedPValue() < 0.05);
                if (comparison.test().orElseThrow().isSignificant(0.05) && !comparison.isSignificant()) {
                    rawOnly++;
                }
            }
            String best = scenario.findings().get(0);
            String bestName = best.substring("Highest mean test accuracy: ".length(), best.indexOf(','));
            for (String clause : best.split("; ")) {
                if (clause.startsWith("significantly higher than ")) {
                    for (String beaten : clause.substring("significantly higher than ".length()).split("\\), ")) {
                        String name = beaten.substring(0, beaten.indexOf(" (Welch"));
                        assertThat(scenario.comparison(bestName, name).orElseThrow().isSignificant()).as(best).isTrue();
                    }
                }
            }
            for (String finding : scenario.findings().subList(1, scenario.findings().size())) {
                if (finding.contains(" vs relu: ") && finding.contains("significantly")) {
                    String name = finding.substring(0, finding.indexOf(" vs relu: "));
                    assertThat(scenario.comparison(name, "relu").orElseThrow().isSignificant()).as(finding).isTrue();
                }
            }
        }
        assertThat(rawOnly).as("cases where the correction matters").isPositive();
    }
}
