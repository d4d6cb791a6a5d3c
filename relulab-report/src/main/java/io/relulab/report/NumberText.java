package io.relulab.report;

import java.util.Locale;

/**
 * How numbers are shown to people (the HTML report). Machine-readable outputs use {@link Double#toString}
 * instead, so that they round-trip. Accuracies and losses get four decimals — seed-to-seed spread in the
 * reference study is about 0.006, so the fourth decimal is already noise — and p-values four decimals or, below
 * 10⁻⁴, scientific notation. Non-finite values are shown as an em dash, never as {@code NaN}.
 */
final class NumberText {

    static final String MISSING = "—";

    /** A constant as people write it: {@code 1e-9}, {@code 0.001}, {@code 25} (the shortest exact decimal form). */
    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toString().toLowerCase(java.util.Locale.ROOT).replace("e+", "e");
    }

    private NumberText() {
    }

    /** Four decimals, e.g. {@code 0.9125}. */
    static String fixed4(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : MISSING;
    }

    /** Signed four decimals, e.g. {@code +0.0031} (a minus sign for negative values). */
    static String signed4(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%+.4f", value).replace('-', '−') : MISSING;
    }

    /** One decimal, e.g. a mean unit count {@code 1.7}. */
    static String fixed1(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : MISSING;
    }

    /** A p-value: four decimals, or scientific notation below 10⁻⁴ (e.g. {@code 3.2e-07}). */
    static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return MISSING;
        }
        return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
