package io.relulab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Born-dead estimates against exact values, the bias-free bound and thread-count independence. */
class BornDeadSimulationTest {

    private static BornDeadCell cell(BornDeadInitialization init, int width, int depth, int trials, long seed) {
        return BornDeadSimulation.runCell(BornDeadConfig.of(List.of(width), List.of(depth), List.of(init), trials, seed),
                init, width, depth);
    }

    /** |estimate − exact| within 4 standard errors of the exact probability. */
    private static void assertConsistent(BornDeadCell cell, double exact) {
        double standardError = Math.sqrt(exact * (1 - exact) / cell.trials());
        assertThat(cell.probability()).as("%s", cell).isCloseTo(exact, within(4 * standardError + 1e-12));
    }

    @Test
    void biasFreeBoundMatchesTheClosedForm() {
        assertThat(BornDeadSimulation.biasFreeBound(3, 10)).isCloseTo(1 - Math.pow(7.0 / 8, 10), within(1e-15));
        assertThat(BornDeadSimulation.biasFreeBound(1, 1)).isEqualTo(0.5);
        assertThat(BornDeadSimulation.biasFreeBound(10, 1)).isCloseTo(1.0 / 1024, within(1e-18));
    }

    @Test
    void oneLayerHeIsNeverBornDead() {
        for (int width : new int[] {1, 2, 3, 5}) {
            assertThat(cell(BornDeadInitialization.HE, width, 1, 2000, 3).bornDead()).isZero();
        }
    }

    @Test
    void widthOneHeDiesUnlessEveryLaterWeightIsPositive() {
        // layer 1 keeps exactly one ray alive; each later width-1 layer keeps it with probability 1/2
        for (int depth = 2; depth <= 4; depth++) {
            assertConsistent(cell(BornDeadInitialization.HE, 1, depth, 20000, 11), 1 - Math.pow(0.5, depth - 1));
        }
    }

    @Test
    void widthTwoDepthTwoHeMatchesTheHandCount() {
        // same-sign first-layer weights (1/2): one ray alive, dies with 1/4; opposite signs (1/2): both rays
        // alive with one unit each, all four second-layer weights on them negative with 1/16 → 5/32
        assertConsistent(cell(BornDeadInitialization.HE, 2, 2, 40000, 5), 5.0 / 32);
    }

    @Test
    void oneUnitWithRandomBiasDiesWhenTheBiasOutweighsTheSlopeOnTheWholeDomain() {
        // dead iff b <= -sqrt(7)|w| with w, b iid N(0, 2): P = (1 - (2/pi) atan(sqrt 7)) / 2
        double exact = (1 - 2 / Math.PI * Math.atan(Math.sqrt(7))) / 2;
        assertConsistent(cell(BornDeadInitialization.HE_BIAS, 1, 1, 40000, 9), exact);
    }

    @Test
    void heEstimateStaysBelowTheBiasFreeBound() {
        for (int width : new int[] {2, 3, 4}) {
            for (int depth : new int[] {2, 5, 10}) {
                BornDeadCell cell = cell(BornDeadInitialization.HE, width, depth, 3000, 1);
                assertThat(cell.probability()).as("%s", cell)
                        .isLessThanOrEqualTo(cell.biasFreeBound() + 3 * cell.standardError() + 1e-12);
            }
        }
    }

    @Test
    void publishedReferencePointsAndRaiIsLower() {
        BornDeadCell he3 = cell(BornDeadInitialization.HE, 3, 10, 4000, 1);
        assertThat(he3.probability()).isBetween(0.5, 0.7);
        BornDeadCell rai3 = cell(BornDeadInitialization.RAI, 3, 10, 4000, 1);
        assertThat(rai3.probability()).isLessThan(he3.probability() - 5 * he3.standardError());
        assertThat(cell(BornDeadInitialization.HE, 10, 10, 4000, 1).probability()).isLessThan(0.01);
    }

    @Test
    void resultDoesNotDependOnThreadCountOrOnOtherCells() {
        BornDeadConfig config = BornDeadConfig.of(List.of(2, 3), List.of(1, 4),
                List.of(BornDeadInitialization.HE, BornDeadInitialization.RAI), 300, 7);
        BornDeadResult one = BornDeadSimulation.run(config, 1);
        BornDeadResult three = BornDeadSimulation.run(config, 3);
        assertThat(three.cells()).isEqualTo(one.cells());
        assertThat(one.cells()).hasSize(8);
        assertThat(one.cells().get(0).initialization()).isEqualTo(BornDeadInitialization.HE);
        assertThat(one.cells().get(0).width()).isEqualTo(2);
        assertThat(one.cells().get(1).depth()).isEqualTo(4);
        BornDeadCell alone = cell(BornDeadInitialization.RAI, 3, 4, 300, 7);
        assertThat(one.cell(BornDeadInitialization.RAI, 3, 4)).contains(alone);
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> BornDeadConfig.of(List.of(0), List.of(1), List.of(BornDeadInitialization.HE), 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("widths");
        assertThatThrownBy(() -> BornDeadConfig.of(List.of(1), List.of(1), List.of(BornDeadInitialization.HE), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trials");
        assertThatThrownBy(() -> new BornDeadConfig(List.of(1), List.of(1), List.of(BornDeadInitialization.HE), 1, 1,
                400, 1.0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gridPoints");
    }
}
