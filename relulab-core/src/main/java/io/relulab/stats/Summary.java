package io.relulab.stats;

import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Mean, sample standard deviation and a two-sided Student-t confidence interval of a sample.
 *
 * <p>The standard deviation uses the corrected two-pass formula s² = Σ(xᵢ − x̄)² / (n − 1). The interval is
 * x̄ ± t<sub>1−(1−level)/2, n−1</sub> · s/√n. With one value the spread and the interval are undefined and are
 * NaN; {@link #hasSpread()} tells. Non-finite values are rejected: a diverged trial is reported as diverged,
 * not averaged.
 *
 * @param count number of values
 * @param mean arithmetic mean
 * @param standardDeviation sample standard deviation (n − 1 in the denominator); NaN when {@code count == 1}
 * @param confidenceLevel the interval's level, e.g. 0.95
 * @param confidenceLow lower end of the interval; NaN when {@code count == 1}
 * @param confidenceHigh upper end of the interval; NaN when {@code count == 1}
 */
public record Summary(
        int count, double mean, double standardDeviation, double confidenceLevel, double confidenceLow, double confidenceHigh) {

    /** The confidence level used by default: 95 %. */
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

    /** A level in percent, for text: {@code 0.95} → {@code 95}, {@code 0.995} → {@code 99.5}. */
    public static String percent(double level) {
        return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** This interval's level in percent, for text: {@code 95}. */
    public String confidencePercent() {
        return percent(confidenceLevel);
    }

    /** Summarises {@code values} with a 95 % interval. */
    public static Summary of(double... values) {
        return atLevel(DEFAULT_CONFIDENCE_LEVEL, values);
    }

    /**
     * Summarises {@code values} with an interval at {@code level}.
     *
     * @throws IllegalArgumentException if there are no values, a value is not finite, or the level is not in (0, 1)
     */
    public static Summary atLevel(double level, double... values) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("a summary needs at least one value, got none");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " must be finite, got " + values[i]);
            }
        }
        int n = values.length;
        double mean = mean(values);
        if (n == 1) {
            return new Summary(1, mean, Double.NaN, level, Double.NaN, Double.NaN);
        }
        double sumOfSquares = 0;
        for (double value : values) {
            double deviation = value - mean;
            sumOfSquares += deviation * deviation;
        }
        double standardDeviation = Math.sqrt(sumOfSquares / (n - 1));
        double critical = TDistribution.of(n - 1).inverseSurvivalProbability((1 - level) / 2);
        double halfWidth = critical * standardDeviation / Math.sqrt(n);
        return new Summary(n, mean, standardDeviation, level, mean - halfWidth, mean + halfWidth);
    }

    /** Whether the sample has at least two values, so that spread and interval are defined. */
    public boolean hasSpread() {
        return count > 1;
    }

    /** Half the width of the confidence interval (NaN without spread). */
    public double halfWidth() {
        return (confidenceHigh - confidenceLow) / 2;
    }

    static double mean(double[] values) {
        // Summed in order and then corrected once, as numpy.mean's pairwise sum is not needed for n ≤ a few hundred.
        double sum = Arrays.stream(values).sum();
        double mean = sum / values.length;
        double correction = 0;
        for (double value : values) {
            correction += value - mean;
        }
        return mean + correction / values.length;
    }
}
