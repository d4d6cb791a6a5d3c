package io.relulab.stats;

import java.util.Locale;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * Welch's two-sample t-test (unequal variances, two-sided) of H₀: mean(a) = mean(b).
 *
 * <p>t = (x̄ₐ − x̄_b) / √(sₐ²/nₐ + s_b²/n_b) with Welch–Satterthwaite degrees of freedom; p-value from the t
 * distribution (Apache Commons Statistics {@code TTest} with {@code HETEROSCEDASTIC} dispersion). When both
 * samples have zero variance there is no spread to judge a difference against: the p-value is then 1 if the
 * means are equal and NaN (not testable, never significant) otherwise, with the statistic 0 or ±∞.
 *
 * @param meanDifference x̄ₐ − x̄_b
 * @param statistic the t statistic
 * @param degreesOfFreedom Welch–Satterthwaite degrees of freedom (NaN when both variances are zero)
 * @param pValue the two-sided p-value
 */
public record WelchTest(double meanDifference, double statistic, double degreesOfFreedom, double pValue) {

    /** The conventional significance level used by the study's findings. */
    public static final double DEFAULT_SIGNIFICANCE_LEVEL = 0.05;

    private static final TTest WELCH = TTest.withDefaults()
            .with(DataDispersion.HETEROSCEDASTIC)
            .with(AlternativeHypothesis.TWO_SIDED);

    /**
     * Compares two samples of at least two finite values each.
     *
     * @throws IllegalArgumentException if a sample has fewer than two values or a non-finite value
     */
    public static WelchTest compare(double[] a, double[] b) {
        return compare(requireSample("a", a), requireSample("b", b));
    }

    /**
     * Compares two samples given by their summaries; the test needs only count, mean and variance.
     *
     * @throws IllegalArgumentException if a summary has fewer than two values
     */
    public static WelchTest compare(Summary a, Summary b) {
        requireSpread("a", a);
        requireSpread("b", b);
        double difference = a.mean() - b.mean();
        if (a.standardDeviation() == 0 && b.standardDeviation() == 0) {
            double statistic = difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
            return new WelchTest(difference, statistic, Double.NaN, difference == 0 ? 1 : Double.NaN);
        }
        TTest.Result result = WELCH.test(a.mean(), square(a.standardDeviation()), a.count(),
                b.mean(), square(b.standardDeviation()), b.count());
        return new WelchTest(difference, result.getStatistic(), result.getDegreesOfFreedom(), result.getPValue());
    }

    /** The p-value for display: four decimals, scientific below 1e-4, {@code n/a} when not testable. */
    public String formattedPValue() {
        if (Double.isNaN(pValue)) {
            return "n/a";
        }
        return pValue < 1e-4 ? String.format(Locale.ROOT, "%.1e", pValue) : String.format(Locale.ROOT, "%.4f", pValue);
    }

    /** Whether the test could be carried out (false when neither sample varies but the means differ). */
    public boolean isTestable() {
        return !Double.isNaN(pValue);
    }

    /** Whether the difference is significant at {@code level}; never for an untestable comparison. */
    public boolean isSignificant(double level) {
        return pValue < level;
    }

    private static Summary requireSample(String name, double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("sample " + name + " needs at least 2 values for a t-test, got " + values.length);
        }
        return Summary.of(values);
    }

    private static void requireSpread(String name, Summary summary) {
        if (!summary.hasSpread()) {
            throw new IllegalArgumentException("sample " + name + " needs at least 2 values for a t-test, got " + summary.count());
        }
    }

    private static double square(double x) {
        return x * x;
    }
}
