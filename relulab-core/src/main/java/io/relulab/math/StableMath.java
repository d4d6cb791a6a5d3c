package io.relulab.math;

/**
 * Numerically stable scalar helpers (docs/ARCHITECTURE.md §6; {@code docs/specs/activations-and-remedies.md} §1.3).
 */
public final class StableMath {

    /** 1/ln 2, rounded. */
    static final double INVERSE_LN2 = 0x1.71547652b82fep0;
    /** ln 2 to 32 bits (trailing zeros, so k·LN2_HIGH is exact for |k| &lt; 2²¹) — Cody and Waite's split. */
    static final double LN2_HIGH = 0x1.62e42feep-1;
    /** ln 2 − LN2_HIGH, rounded. */
    static final double LN2_LOW = 0x1.a39ef35793c76p-33;
    /** 1.5·2⁵²: adding it rounds a double of magnitude &lt; 2⁵¹ to an integer held in the low bits. */
    static final double SHIFTER = 0x1.8p52;
    static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    /** Below this expm1(x) rounds to −1 (e^−38 &lt; 2⁻⁵⁴); the reduction clamps its argument here. */
    static final double EXPM1_LOWEST = -38.0;
    /** Above this the polynomial path would overflow 2^k; {@link #expm1} hands such x to {@link Math#expm1}. */
    static final double EXPM1_HIGHEST = 709.0;
    /** 1/n! for n = 3..14 (rounded), the Taylor coefficients of (expm1(r) − r − r²/2)/r³. */
    static final double[] TAYLOR = {
        1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880, 1.0 / 3628800,
        1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800.0, 1.0 / 87178291200.0};
    static final double C3 = TAYLOR[0];
    static final double C4 = TAYLOR[1];
    static final double C5 = TAYLOR[2];
    static final double C6 = TAYLOR[3];
    static final double C7 = TAYLOR[4];
    static final double C8 = TAYLOR[5];
    static final double C9 = TAYLOR[6];
    static final double C10 = TAYLOR[7];
    static final double C11 = TAYLOR[8];
    static final double C12 = TAYLOR[9];
    static final double C13 = TAYLOR[10];
    static final double C14 = TAYLOR[11];

    private StableMath() {
    }

    /**
     * e^x − 1, accurate to within one ulp (checked against a 40-digit reference on 1.2·10⁵ points by
     * {@code StableMathTest}, which prints the largest error it measured) and, unlike {@link Math#expm1} on JDK 17 (a non-intrinsic port of
     * fdlibm, ≈ 15 ns), cheap: about 30 multiplications and additions and no branch for x ≤ 709, so that the
     * same operations run lane by lane in {@link ExponentialKernels}' vector form with the same bits.
     *
     * <p>Method (Tang's table-free reduction, as in fdlibm's {@code expm1} but with an exact recombination):
     * <ol>
     *   <li>k = round(x/ln 2), r = x − k·ln 2 as a double-double r + r_lo, with ln 2 split after Cody and Waite
     *       (the high part's product with k and the subtraction are exact); |r| ≤ 0.3466;</li>
     *   <li>expm1(r) = r + r²/2 + r³·Σ_{n=3}^{14} r^{n−3}/n! (Taylor; the first omitted term is below 10⁻¹⁹
     *       relative; the sum by Estrin's scheme), plus r_lo·(1 + r) for the low part;</li>
     *   <li>expm1(x) = (2^k − 1) + 2^k·r + 2^k·r²/2 + 2^k·(the rest), with 2^k − 1, r² (one {@link Math#fma})
     *       and the sums of the three leading terms formed exactly (Knuth's TwoSum, Dekker's Fast2Sum), so the
     *       only rounding larger than 2⁻⁶⁰ relative is the final one.</li>
     * </ol>
     * x &lt; −38 gives −1 (the correctly rounded value); the sign of zero and NaN are kept; x &gt; 709 (including
     * +∞) is computed by {@link Math#expm1}. References: P. T. P. Tang, "Table-driven implementation of the
     * exponential function in IEEE floating-point arithmetic", ACM TOMS 15(2), 1989; W. J. Cody and W. Waite,
     * <i>Software Manual for the Elementary Functions</i>, 1980; D. E. Knuth, TAOCP vol. 2, §4.2.2 (TwoSum).
     */
    public static double expm1(double x) {
        if (x > EXPM1_HIGHEST) {
            return Math.expm1(x);
        }
        return expm1Reduced(x);
    }

    /** {@link #expm1} for x ≤ {@link #EXPM1_HIGHEST} or NaN, without a branch: the formula of the vector form. */
    static double expm1Reduced(double x) {
        double xc = Math.max(x, EXPM1_LOWEST);
        double shifted = xc * INVERSE_LN2 + SHIFTER;
        double k = shifted - SHIFTER;
        double scale = Double.longBitsToDouble((Double.doubleToRawLongBits(shifted) - SHIFTER_BITS + 1023) << 52);
        double high = xc - k * LN2_HIGH;
        double low = k * LN2_LOW;
        double r = high - low;
        double rLow = (high - r) - low;
        // Σ_{n=3}^{14} r^{n−3}/n! by Estrin's scheme (a short dependency chain, for the vector form's sake)
        double square = r * r;
        double fourth = square * square;
        double eighth = fourth * fourth;
        double p01 = (C3 + r * C4) + square * (C5 + r * C6);
        double p23 = (C7 + r * C8) + square * (C9 + r * C10);
        double p45 = (C11 + r * C12) + square * (C13 + r * C14);
        double p = (p01 + fourth * p23) + eighth * p45;
        double squareLow = Math.fma(r, r, -square); // r² = square + squareLow exactly
        double half = square * 0.5;
        double small = (squareLow * 0.5 + (square * r) * p) + rLow * (1.0 + r);
        // (s, e) = TwoSum(2^k, −1): s + e = 2^k − 1 exactly
        double s = scale - 1.0;
        double sv = s - scale;
        double e = (scale - (s - sv)) + (-1.0 - sv);
        // (t, f) = Fast2Sum(s, 2^k·r), then (u, g) = Fast2Sum(t, 2^k·r²/2): exact, because |s| ≥ |2^k·r| (or s = 0)
        // and |t| ≥ 2^k·r²/2 for every k (|r| ≤ 0.35)
        double sr = scale * r;
        double t = s + sr;
        double f = sr - (t - s);
        double sh = scale * half;
        double u = t + sh;
        double g = sh - (u - t);
        double y = u + (((g + f) + e) + scale * small);
        return Math.copySign(y, x);
    }

    /**
     * The logistic sigmoid σ(x) = 1/(1 + e^(−x)), in two branches so that {@code exp} never
     * overflows: 1/(1 + e^(−x)) for x ≥ 0 and e^x/(1 + e^x) for x &lt; 0. σ(±∞) = 1, 0; σ(NaN) = NaN.
     */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /**
     * {@link #sigmoid}(x) from t = e^(−|x|), which it computes itself: 1/(1 + t) for x ≥ 0, t/(1 + t) for x &lt; 0 —
     * the same operations on the same exponential (−|x| is −x for x ≥ 0 and x for x &lt; 0; at ±0 both exponentials
     * are 1), so the same bits for every x but NaN, which gives a NaN here too. For a caller that has t already, as
     * the binary cross-entropy has for its loss term.
     */
    public static double sigmoid(double x, double expMinusAbs) {
        return x >= 0 ? 1.0 / (1.0 + expMinusAbs) : expMinusAbs / (1.0 + expMinusAbs);
    }

    /**
     * softplus(x) = log(1 + e^x) computed as max(x, 0) + log1p(e^(−|x|)), exact to rounding for every
     * finite x and never overflowing (TensorFlow's {@code sigmoid_cross_entropy_with_logits} form).
     */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
