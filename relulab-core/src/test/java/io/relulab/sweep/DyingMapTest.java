package io.relulab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dying map on hand-made outcomes, where every mean, boundary and test is known. */
class DyingMapTest {

    private static TrialKey key(String activation, double rate, int depth, boolean redo, long seed) {
        return new TrialKey(activation, rate, TrialKey.layers(depth, 16), "glorot_uniform", "adam", redo, 4, "notebook", seed);
    }

    private static TrialOutcome outcome(String activation, double rate, int depth, boolean redo, long seed, double accuracy, double dead) {
        return new TrialOutcome(key(activation, rate, depth, redo, seed), true, accuracy, dead, Double.NaN);
    }

    /** relu dies at lr 0.1 (both depths) and at lr 0.01 for depth 4; leaky keeps its units and gains accuracy where relu dies. */
    private static List<TrialOutcome> outcomes() {
        List<TrialOutcome> outcomes = new ArrayList<>();
        double[][] reluDead = {{0.0, 0.05, 0.5}, {0.02, 0.2, 0.7}}; // [depth 2, 4][lr 0.001, 0.01, 0.1]
        double[] rates = {0.001, 0.01, 0.1};
        int[] depths = {2, 4};
        for (int d = 0; d < 2; d++) {
            for (int r = 0; r < 3; r++) {
                for (int seed = 0; seed < 4; seed++) {
                    double wobble = 0.001 * seed;
                    boolean dying = reluDead[d][r] >= 0.1;
                    outcomes.add(outcome("relu", rates[r], depths[d], false, seed, (dying ? 0.70 : 0.90) + wobble, reluDead[d][r]));
                    outcomes.add(outcome("leaky_relu:0.1", rates[r], depths[d], false, seed, 0.90 + wobble, 0.0));
                }
            }
        }
        return outcomes;
    }

    @Test
    void cellsAverageTheirSeeds() {
        DyingMap map = DyingMap.of(outcomes(), "relu");
        assertThat(map.cells()).hasSize(12);
        DyingMapCell cell = map.cell("relu, glorot_uniform, adam, 4 epochs", "16", "4", 0.1).orElseThrow();
        assertThat(cell.trials()).isEqualTo(4);
        assertThat(cell.meanDeadShare()).isEqualTo(0.7);
        assertThat(cell.meanTestAccuracy()).isCloseTo(0.7015, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(map.learningRates()).containsExactly(0.001, 0.01, 0.1);
        assertThat(map.layout().rows()).containsExactly("2", "4");
        assertThat(map.layout().panels()).containsExactly("16");
        assertThat(map.hasSaturated()).isFalse();
    }

    @Test
    void theBoundaryIsTheSmallestLearningRateReachingTenPercentPerDepth() {
        DyingMap map = DyingMap.of(outcomes(), "relu");
        assertThat(map.boundary("relu, glorot_uniform, adam, 4 epochs", "16", "2").getAsDouble()).isEqualTo(0.1);
        assertThat(map.boundary("relu, glorot_uniform, adam, 4 epochs", "16", "4").getAsDouble()).isEqualTo(0.01);
        assertThat(map.boundary("leaky_relu:0.1, glorot_uniform, adam, 4 epochs", "16", "2")).isEmpty();
        assertThat(map.findings().get(0)).isEqualTo(
                "relu, glorot_uniform, adam, 4 epochs, width 16: the mean dead share reaches 10.0 % from lr 0.1 at depth 2, from lr 0.01 at depth 4.");
        assertThat(map.findings().get(1)).isEqualTo(
                "leaky_relu:0.1, glorot_uniform, adam, 4 epochs, width 16: the mean dead share stays below 10.0 % in every cell (at most 0.0 %).");
    }

    @Test
    void aVariantThatDiesOnlyAtSomeDepthsSaysWhereItNeverDoes() {
        List<TrialOutcome> outcomes = List.of(
                outcome("gelu", 0.0003, 2, false, 0, 0.9, 0.0), outcome("gelu", 0.1, 2, false, 0, 0.9, 0.05),
                outcome("gelu", 0.0003, 4, false, 0, 0.9, 0.0), outcome("gelu", 0.1, 4, false, 0, 0.5, 0.15),
                outcome("gelu", 0.0003, 8, false, 0, 0.9, 0.0), outcome("gelu", 0.1, 8, false, 0, 0.9, 0.02));
        assertThat(DyingMap.of(outcomes, "gelu").findings().get(0)).isEqualTo("gelu, glorot_uniform, adam, 4 epochs, width 16: the mean "
                + "dead share reaches 10.0 % from lr 0.1 at depth 4; never at depth 2 (at most 5.0 %) or depth 8 (at most 2.0 %).");
        assertThat(CellKey.rate(0.0003)).isEqualTo("0.0003");
        assertThat(CellKey.rate(1e-4)).isEqualTo("0.0001");
    }

    @Test
    void saturationIsReportedWhereItGoesBeyondDeath() {
        List<TrialOutcome> outcomes = List.of(
                new TrialOutcome(key("elu:1.0", 0.01, 2, false, 0), true, 0.9, 0.0, 0.0),
                new TrialOutcome(key("elu:1.0", 0.1, 2, false, 0), true, 0.5, 0.02, 0.4),
                new TrialOutcome(key("relu", 0.1, 2, false, 0), true, 0.8, 0.3, 0.3));
        List<String> findings = DyingMap.of(outcomes, "relu").findings();
        assertThat(findings).contains("elu:1.0, glorot_uniform, adam, 4 epochs, width 16: the mean saturated share (units that pass almost "
                + "no gradient without being dead) reaches 10.0 % from lr 0.1 at depth 2.");
        assertThat(findings).noneMatch(f -> f.startsWith("relu") && f.contains("saturated")); // for ReLU saturated = dead
    }

    @Test
    void comparisonsAreHolmCorrectedAndOnlyTheRealChangesSurvive() {
        DyingMap map = DyingMap.of(outcomes(), "relu");
        assertThat(map.comparisons()).hasSize(6);
        // identical spreads, means equal where relu does not die: p = 1; 0.2 apart where it dies: p tiny
        assertThat(map.significant()).hasSize(3);
        assertThat(map.significant()).allMatch(c -> c.difference() > 0.19 && c.adjustedP() >= c.test().pValue());
        assertThat(map.findings().get(2)).startsWith("Test accuracy, Welch's t-test per cell, Holm-corrected over the sweep's 6 "
                + "testable comparisons (family-wise α = 0.05): 3 significant: leaky_relu:0.1 vs relu higher in 3 cells, lower in 0.");
    }

    @Test
    void redoIsComparedWithTheSameActivationWithoutIt() {
        List<TrialOutcome> outcomes = new ArrayList<>();
        for (int seed = 0; seed < 3; seed++) {
            outcomes.add(outcome("relu", 0.1, 2, false, seed, 0.6 + 0.01 * seed, 0.5));
            outcomes.add(outcome("relu", 0.1, 2, true, seed, 0.6 + 0.01 * seed, 0.0));
        }
        DyingMap map = DyingMap.of(outcomes, "relu");
        assertThat(map.comparisons()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CellComparison.Kind.REDO);
            assertThat(c.reference().redo()).isFalse();
            assertThat(c.test().pValue()).isEqualTo(1.0);
        });
        assertThat(map.significant()).isEmpty();
    }

    @Test
    void divergedTrialsAreCountedAndLeftOutOfTheMeans() {
        List<TrialOutcome> outcomes = new ArrayList<>(List.of(
                outcome("relu", 0.1, 2, false, 0, 0.8, 0.25),
                new TrialOutcome(key("relu", 0.1, 2, false, 1), false, Double.NaN, Double.NaN, Double.NaN)));
        DyingMap map = DyingMap.of(outcomes, "relu");
        DyingMapCell cell = map.cells().get(0);
        assertThat(cell.diverged()).isEqualTo(1);
        assertThat(cell.meanDeadShare()).isEqualTo(0.25);
        assertThat(cell.testAccuracies()).containsExactly(0.8);
        assertThat(map.findings()).anyMatch(f -> f.startsWith("1 of 2 trials diverged"));
        assertThat(map.findings()).contains("No comparison: the sweep has no alternative activation beside relu and no ReDo on/off pair.");
    }

    @Test
    void aComparisonWithASingleSeedIsNotTested() {
        DyingMap map = DyingMap.of(List.of(outcome("relu", 0.1, 2, false, 0, 0.8, 0.0),
                outcome("elu:1.0", 0.1, 2, false, 0, 0.9, 0.0)), "relu");
        assertThat(map.comparisons()).singleElement().satisfies(c -> assertThat(c.adjustedP()).isNaN());
        assertThat(map.findings()).contains("No comparison could be tested. 1 comparison was too few finished seeds (or no spread) to test.");
    }

    @Test
    void explicitHiddenListsAreRowsOfOnePanelAndEpochsSeparateVariants() {
        List<TrialOutcome> outcomes = new ArrayList<>();
        for (List<Integer> hidden : List.of(List.of(16, 8), List.of(32))) {
            for (int epochs : new int[] {2, 4}) {
                for (double rate : new double[] {0.01, 0.1}) {
                    for (int seed = 0; seed < 2; seed++) {
                        double dead = rate == 0.1 && hidden.size() == 2 ? 0.3 : 0.0;
                        outcomes.add(new TrialOutcome(new TrialKey("relu", rate, hidden, "glorot_uniform", "adam", false, epochs,
                                "notebook", seed), true, 0.9, dead, Double.NaN));
                    }
                }
            }
        }
        DyingMap map = DyingMap.of(outcomes, "relu");
        assertThat(map.layout().grid()).isFalse();
        assertThat(map.layout().panels()).containsExactly("");
        assertThat(map.layout().rows()).containsExactly("16,8", "32");
        assertThat(map.variants()).containsExactly("relu, glorot_uniform, adam, 2 epochs", "relu, glorot_uniform, adam, 4 epochs");
        assertThat(map.boundary("relu, glorot_uniform, adam, 4 epochs", "", "16,8").getAsDouble()).isEqualTo(0.1);
        assertThat(map.boundary("relu, glorot_uniform, adam, 4 epochs", "", "32")).isEmpty();
        assertThat(map.findings().get(0)).isEqualTo("relu, glorot_uniform, adam, 2 epochs: the mean dead share reaches 10.0 % "
                + "from lr 0.1 at hidden 16,8; never at hidden 32 (at most 0.0 %).");
        // uniform lists that are not a full depth x width grid are rows too
        List<TrialOutcome> partial = new ArrayList<>();
        for (List<Integer> hidden : List.of(List.of(8, 8), List.of(16))) {
            partial.add(new TrialOutcome(new TrialKey("relu", 0.01, hidden, "glorot_uniform", "adam", false, 2, "notebook", 0),
                    true, 0.9, 0.0, Double.NaN));
        }
        assertThat(DyingMap.of(partial, "relu").layout().rows()).containsExactly("8,8", "16");
    }
}
