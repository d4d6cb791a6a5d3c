package io.relulab.experiment;

import io.relulab.stats.WelchTest;
import java.util.Optional;

/**
 * One comparison of mean test accuracy that a scenario's findings make, with its Holm–Bonferroni-adjusted p-value
 * over all the comparisons of that scenario ({@link io.relulab.stats.HolmBonferroni}). A difference is called
 * significant only when the adjusted p-value is below {@link WelchTest#DEFAULT_SIGNIFICANCE_LEVEL}.
 *
 * @param first        the variant whose mean comes first in the difference
 * @param second       the other variant
 * @param test         Welch's test of first against second; empty when either has fewer than two finished seeds
 * @param adjustedPValue the Holm-adjusted p-value; NaN when there is no test or it could not be carried out
 */
public record Comparison(String first, String second, Optional<WelchTest> test, double adjustedPValue) {

    /** Whether both variants had the two finished seeds a test needs. */
    public boolean hasEnoughSeeds() {
        return test.isPresent();
    }

    /** Whether the test could be carried out (some seed-to-seed spread). */
    public boolean isTestable() {
        return test.isPresent() && test.get().isTestable();
    }

    /** Whether the difference is significant after the correction. */
    public boolean isSignificant() {
        return isTestable() && adjustedPValue < WelchTest.DEFAULT_SIGNIFICANCE_LEVEL;
    }

    /** Whether this compares {@code a} and {@code b}, in either order. */
    public boolean compares(String a, String b) {
        return (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
    }

    /** {@code "Welch p = 0.0100, Holm-adjusted p = 0.0499"}, or {@code "Welch p = n/a"} when not testable. */
    public String pValues() {
        WelchTest welch = test.orElseThrow();
        if (!welch.isTestable()) {
            return "Welch p = n/a";
        }
        return "Welch p = " + welch.formattedPValue() + ", Holm-adjusted p = " + formatted(adjustedPValue);
    }

    /** A p-value as the study prints it: four decimals, scientific below 1e-4, {@code n/a} for NaN. */
    public static String formatted(double p) {
        return new WelchTest(0, 0, 0, p).formattedPValue();
    }
}
