package io.relulab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HolmBonferroniTest {

    @Test
    void handWorkedExample() {
        // sorted 0.01, 0.02, 0.03, 0.04 with m = 4: 4·0.01 = 0.04, 3·0.02 = 0.06, 2·0.03 = 0.06, 1·0.04 = 0.04 → max so far
        double[] adjusted = HolmBonferroni.adjust(0.03, 0.01, 0.04, 0.02);
        assertThat(adjusted[1]).isCloseTo(0.04, within(1e-15));
        assertThat(adjusted[3]).isCloseTo(0.06, within(1e-15));
        assertThat(adjusted[0]).isCloseTo(0.06, within(1e-15));
        assertThat(adjusted[2]).isCloseTo(0.06, within(1e-15));
    }

    @Test
    void keepsAPValueAtItsStepThatPlainBonferroniOverAllWouldDrop() {
        // six comparisons, 0.00997 the second smallest: Holm tests it against 0.05/5 = 0.01 (adjusted 5·p = 0.04985),
        // plain Bonferroni against 0.05/6 = 0.0083
        double[] adjusted = HolmBonferroni.adjust(0.001, 0.00997, 0.2, 0.3, 0.5, 0.9);
        assertThat(adjusted[1]).isCloseTo(5 * 0.00997, within(1e-15)).isLessThan(0.05);
        assertThat(0.00997 * 6).isGreaterThan(0.05);
        assertThat(adjusted[0]).isCloseTo(0.006, within(1e-15));
    }

    @Test
    void capsAtOneAndKeepsNotTestableOutOfTheCount() {
        double[] adjusted = HolmBonferroni.adjust(0.6, Double.NaN, 0.5);
        assertThat(adjusted[1]).isNaN();
        assertThat(adjusted[2]).isEqualTo(1.0);
        assertThat(adjusted[0]).isEqualTo(1.0);
        assertThat(HolmBonferroni.adjust(0.02, Double.NaN)[0]).isEqualTo(0.02);
    }

    @Test
    void neverBelowTheRawValueMonotoneInTheRawOrderAndAtLeastAsPowerfulAsBonferroni() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] p = new double[1 + random.nextInt(8)];
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.pow(random.nextDouble(), 3);
            }
            double[] adjusted = HolmBonferroni.adjust(p);
            for (int i = 0; i < p.length; i++) {
                assertThat(adjusted[i]).isGreaterThanOrEqualTo(p[i]).isLessThanOrEqualTo(Math.min(1, p.length * p[i]));
                for (int j = 0; j < p.length; j++) {
                    if (p[i] <= p[j]) {
                        assertThat(adjusted[i]).isLessThanOrEqualTo(adjusted[j]);
                    }
                }
            }
        }
    }

    @Test
    void rejectsImpossibleValues() {
        assertThatThrownBy(() -> HolmBonferroni.adjust(1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }
}
