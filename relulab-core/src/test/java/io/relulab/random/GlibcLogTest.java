package io.relulab.random;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlibcLogTest {

    @Test
    void exactPointsAndSpecialValues() {
        assertThat(GlibcLog.log(1.0)).isEqualTo(0.0);
        assertThat(GlibcLog.log(0.5)).isEqualTo(-0x1.62e42fefa39efp-1); // -ln 2 correctly rounded
        assertThat(GlibcLog.log(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(GlibcLog.log(-1.0)).isNaN();
        assertThat(GlibcLog.log(Double.NaN)).isNaN();
        assertThat(GlibcLog.log(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(GlibcLog.log(Double.MIN_VALUE)).isEqualTo(-744.4400719213812);
    }

    @Test
    void agreesWithMathLogToOneUlpOnBothBranches() {
        NumpyRandom random = new NumpyRandom(1);
        for (int i = 0; i < 100_000; i++) {
            double x = i % 2 == 0 ? random.randomSample() : 0.9375 + 0.13 * random.randomSample();
            if (x == 0.0) {
                continue;
            }
            double expected = Math.log(x);
            assertThat(Math.abs(GlibcLog.log(x) - expected)).as("log(%s)", x).isLessThanOrEqualTo(Math.ulp(expected));
        }
    }
}
