package io.relulab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void handWorkedSample() {
        // x = 1, 2, 3, 4: mean 2.5, s² = (2.25 + 0.25 + 0.25 + 2.25)/3 = 5/3, s = 1.2909944487358056
        // t(0.975, 3) = 3.182446305284263, half width = 3.1824463 · 1.2909944 / 2 = 2.0542603...
        Summary summary = Summary.of(1, 2, 3, 4);
        assertThat(summary.count()).isEqualTo(4);
        assertThat(summary.mean()).isEqualTo(2.5);
        assertThat(summary.standardDeviation()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
        assertThat(summary.halfWidth()).isCloseTo(3.182446305284263 * Math.sqrt(5.0 / 3) / 2, within(1e-12));
        assertThat(summary.confidenceLow()).isLessThan(2.5);
        assertThat(summary.hasSpread()).isTrue();
    }

    @Test
    void singleValueHasNoSpread() {
        Summary summary = Summary.of(0.9);
        assertThat(summary.hasSpread()).isFalse();
        assertThat(summary.mean()).isEqualTo(0.9);
        assertThat(summary.standardDeviation()).isNaN();
        assertThat(summary.confidenceLow()).isNaN();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Summary.of()).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> Summary.of(1, Double.NaN)).hasMessageContaining("value 1 must be finite, got NaN");
        assertThatThrownBy(() -> Summary.atLevel(1.5, 1, 2)).hasMessageContaining("confidence level must be in (0, 1), got 1.5");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void intervalCoversTheMeanAndIsTranslationInvariant(long seed) {
        Random random = new Random(seed);
        double[] values = new double[2 + random.nextInt(30)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        double[] shifted = values.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += 100;
        }
        Summary a = Summary.of(values);
        Summary b = Summary.of(shifted);
        assertThat(a.confidenceLow()).isLessThanOrEqualTo(a.mean());
        assertThat(a.confidenceHigh()).isGreaterThanOrEqualTo(a.mean());
        assertThat(b.mean() - a.mean()).isCloseTo(100, within(1e-9));
        assertThat(b.standardDeviation()).isCloseTo(a.standardDeviation(), within(1e-9));
    }

    @Test
    void meanOfIdenticalValuesIsExact() {
        assertThat(Summary.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1).mean()).isEqualTo(0.1);
    }
}
