package io.relulab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WelchTestTest {

    @Test
    void matchesHandComputation() {
        // a = 1..5 (mean 3, s² 2.5), b = 2,4,...,10 (mean 6, s² 10):
        // t = −3 / √(2.5/5 + 10/5) = −3/√2.5 = −1.8973665961010275
        // df = (0.5 + 2)² / (0.5²/4 + 2²/4) = 6.25 / 1.0625 = 5.882352941176471
        WelchTest test = WelchTest.compare(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 6, 8, 10});
        assertThat(test.meanDifference()).isEqualTo(-3.0);
        assertThat(test.statistic()).isCloseTo(-3 / Math.sqrt(2.5), within(1e-12));
        assertThat(test.degreesOfFreedom()).isCloseTo(6.25 / 1.0625, within(1e-12));
        // scipy.stats.ttest_ind(a, b, equal_var=False).pvalue = 0.10753119493062728 (scipy 1.x)
        assertThat(test.pValue()).isCloseTo(0.10753119493062728, within(1e-12));
        assertThat(test.isSignificant(0.05)).isFalse();
    }

    @Test
    void clearlyDifferentSamplesAreSignificant() {
        WelchTest test = WelchTest.compare(new double[] {0.90, 0.91, 0.89, 0.90}, new double[] {0.50, 0.52, 0.49, 0.51});
        assertThat(test.pValue()).isLessThan(1e-6);
        assertThat(test.isSignificant(WelchTest.DEFAULT_SIGNIFICANCE_LEVEL)).isTrue();
    }

    @Test
    void constantSamples() {
        assertThat(WelchTest.compare(new double[] {1, 1}, new double[] {1, 1}).pValue()).isEqualTo(1);
        WelchTest different = WelchTest.compare(new double[] {1, 1}, new double[] {2, 2});
        assertThat(different.pValue()).isNaN();
        assertThat(different.isTestable()).isFalse();
        assertThat(different.isSignificant(0.05)).isFalse();
        assertThat(different.statistic()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void needsTwoValuesPerSample() {
        assertThatThrownBy(() -> WelchTest.compare(new double[] {1}, new double[] {1, 2}))
                .hasMessage("sample a needs at least 2 values for a t-test, got 1");
    }
}
