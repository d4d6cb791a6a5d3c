package io.relulab.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmCorrectionTest {

    @Test
    void handWorkedExample() {
        // p sorted: 0.01 (x4 = 0.04), 0.02 (x3 = 0.06), 0.03 (x2 = 0.06), 0.04 (x1 = 0.04 -> running max 0.06)
        double[] adjusted = HolmCorrection.adjust(new double[] {0.03, 0.01, 0.04, 0.02});
        assertThat(adjusted[1]).isCloseTo(0.04, within(1e-15));
        assertThat(adjusted[3]).isCloseTo(0.06, within(1e-15));
        assertThat(adjusted[0]).isCloseTo(0.06, within(1e-15));
        assertThat(adjusted[2]).isCloseTo(0.06, within(1e-15));
    }

    @Test
    void untestableEntriesStayNaNAndDoNotCount() {
        double[] adjusted = HolmCorrection.adjust(new double[] {Double.NaN, 0.02, 0.5});
        assertThat(adjusted[0]).isNaN();
        assertThat(adjusted[1]).isCloseTo(0.04, within(1e-15)); // m = 2, not 3
        assertThat(adjusted[2]).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void adjustedValuesAreCappedAtOneAndNeverBelowTheRawValue() {
        double[] raw = {0.9, 0.6, 0.001, 0.3};
        double[] adjusted = HolmCorrection.adjust(raw);
        for (int i = 0; i < raw.length; i++) {
            assertThat(adjusted[i]).isBetween(raw[i], 1.0);
        }
        assertThat(adjusted[0]).isEqualTo(1.0);
    }
}
