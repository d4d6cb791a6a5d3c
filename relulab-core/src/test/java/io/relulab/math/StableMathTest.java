package io.relulab.math;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.random.NumpyRandom;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StableMath#expm1} against a high-precision reference: 40-digit {@link BigDecimal} arithmetic, argument
 * halving to |t| ≤ 2⁻¹² (exact), the Taylor series of expm1(t) to 10⁻⁶⁰, then the doubling identity
 * expm1(2t) = expm1(t)·(expm1(t) + 2) back up, which has no cancellation. The error in ulps is
 * |y − e^x + 1| / ulp, the ulp being the spacing of doubles at the exact value.
 */
class StableMathTest {

    private static final MathContext DIGITS = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal SMALL = new BigDecimal(0x1p-12);
    private static final BigDecimal TINY = new BigDecimal("1e-60");

    /** e^x − 1 to about 38 significant digits. */
    static BigDecimal referenceExpm1(double x) {
        BigDecimal t = new BigDecimal(x);
        int halvings = 0;
        while (t.abs().compareTo(SMALL) > 0) {
            t = t.divide(TWO); // exact: halving a binary fraction terminates
            halvings++;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = t;
        for (int n = 2; term.abs().compareTo(TINY) > 0 && n < 60; n++) {
            sum = sum.add(term, DIGITS);
            term = term.multiply(t, DIGITS).divide(BigDecimal.valueOf(n), DIGITS);
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum.add(TWO), DIGITS);
        }
        return sum;
    }

    /** |y − exact| in units of the spacing of doubles at the exact value. */
    static double ulpError(double y, BigDecimal exact) {
        double nearest = exact.doubleValue();
        double ulp = Math.ulp(nearest);
        if (exact.abs().compareTo(new BigDecimal(Math.abs(nearest))) < 0 && Math.getExponent(nearest) > Double.MIN_EXPONENT
                && Math.abs(nearest) == Math.scalb(1.0, Math.getExponent(nearest))) {
            ulp /= 2; // the exact value lies below a power of two, where the spacing is half as large
        }
        return new BigDecimal(y).subtract(exact).abs().divide(new BigDecimal(ulp), MathContext.DECIMAL64).doubleValue();
    }

    @Test
    void withinOneUlpOnMoreThanAHundredThousandPoints() {
        NumpyRandom random = new NumpyRandom(2024);
        double worst = 0;
        double worstAt = 0;
        double worstLibrary = 0;
        int points = 0;
        for (int i = 0; i < 120_000; i++) {
            double x;
            switch (i % 6) {
                case 0, 1 -> x = random.uniform(-40, 0);            // the ELU family's domain, uniformly
                case 2 -> x = -Math.pow(10, random.uniform(-12, 1.7)); // small negative magnitudes
                case 3 -> x = random.uniform(-2, 2);                 // around the reduction's first steps
                case 4 -> x = Math.pow(10, random.uniform(-12, 2.85)); // positive, up to 709
                default -> x = random.uniform(-1, 1) * 1e-3;
            }
            BigDecimal exact = referenceExpm1(x);
            double error = ulpError(StableMath.expm1(x), exact);
            worstLibrary = Math.max(worstLibrary, ulpError(Math.expm1(x), exact));
            if (error > worst) {
                worst = error;
                worstAt = x;
            }
            points++;
        }
        System.out.printf("StableMath.expm1: max error %.4f ulp at x = %s over %d points (Math.expm1: %.4f ulp)%n",
                worst, worstAt, points, worstLibrary);
        assertThat(points).isGreaterThanOrEqualTo(100_000);
        assertThat(worst).as("largest error, at x = %s", worstAt).isLessThanOrEqualTo(1.0);
        assertThat(worstLibrary).as("the reference agrees with fdlibm's expm1 (documented < 1 ulp)").isLessThan(1.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-37.5, -38, -38.5, -45, -700, -1e300, -709.78, -36.04365338911715, -36.7368005696771})
    void farBelowZeroIsMinusOneOrTheCorrectlyRoundedValue(double x) {
        assertThat(ulpError(StableMath.expm1(x), referenceExpm1(x))).isLessThanOrEqualTo(0.5);
    }

    @Test
    void specialValues() {
        assertThat(StableMath.expm1(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(StableMath.expm1(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(StableMath.expm1(Double.NaN)).isNaN();
        assertThat(Double.doubleToRawLongBits(StableMath.expm1(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.doubleToRawLongBits(StableMath.expm1(0.0))).isEqualTo(0L);
        assertThat(StableMath.expm1(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
        assertThat(StableMath.expm1(-Double.MIN_VALUE)).isEqualTo(-Double.MIN_VALUE);
        assertThat(StableMath.expm1(1e-300)).isEqualTo(1e-300);
        assertThat(StableMath.expm1(709.5)).isEqualTo(Math.expm1(709.5));
        assertThat(StableMath.expm1(710)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(StableMath.expm1(Math.log(2))).isEqualTo(1.0);
    }

    @Test
    void theSigmoidFromTheLossExponentialHasTheSigmoidsBits() {
        NumpyRandom random = new NumpyRandom(11);
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, -1e-300, 745.2, -745.2, 800, -800,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < 20_000; i++) {
            double x = i < special.length ? special[i]
                    : i % 3 == 0 ? random.uniform(-40, 40) : Math.copySign(Math.pow(10, random.uniform(-320, 3)), random.uniform(-1, 1));
            double viaLoss = StableMath.sigmoid(x, Math.exp(-Math.abs(x)));
            assertThat(Double.doubleToRawLongBits(viaLoss)).as("x = %s", x)
                    .isEqualTo(Double.doubleToRawLongBits(StableMath.sigmoid(x)));
        }
        assertThat(StableMath.sigmoid(Double.NaN, Math.exp(-Math.abs(Double.NaN)))).isNaN();
    }
}
