package io.relulab.random;

import static io.relulab.random.GlibcLogTable.A;
import static io.relulab.random.GlibcLogTable.B;
import static io.relulab.random.GlibcLogTable.INVERSE_C;
import static io.relulab.random.GlibcLogTable.LN2_HI;
import static io.relulab.random.GlibcLogTable.LN2_LO;
import static io.relulab.random.GlibcLogTable.LOG_C;

/**
 * The natural logarithm exactly as glibc 2.28+ computes it on x86-64 CPUs with FMA (the
 * {@code __log_fma} build of the ARM optimized-routines algorithm). numpy's legacy normal generator
 * calls the C library {@code log}; {@link Math#log} and {@link StrictMath#log} differ from it in the
 * last bit for about 0.04 % and 3.1 % of its inputs, which changes the normal deviates. The FMA
 * placement follows the disassembly quoted in {@code docs/specs/sklearn-compat.md} §3.3; the
 * coefficient tables are in {@link GlibcLogTable}.
 *
 * <p>Branch near 1 ({@code 0.9375 <= x < 1.064697265625}): a degree-11 polynomial in {@code r = x - 1}
 * with the leading term split into high and low parts. Elsewhere: {@code x = 2^k z}, {@code
 * log x = k ln2 + log c_i + log1p(z/c_i - 1)} with a 128-entry table indexed by the top mantissa bits.
 */
public final class GlibcLog {

    private static final long NEAR_ONE_LOW = 0x3FEE000000000000L; // bits of 1 - 2^-4
    private static final long NEAR_ONE_HIGH = 0x3FF1090000000000L; // bits of 1 + 0x1.09p-4
    private static final long OFFSET = 0x3FE6000000000000L;
    private static final double TWO_POW_27 = 0x1p27;

    private GlibcLog() {}

    /**
     * Returns glibc's {@code log(x)} (FMA build), bit for bit. Special values: {@code log(±0) = -∞},
     * {@code log(x < 0) = NaN}, {@code log(NaN) = NaN}, {@code log(+∞) = +∞}; subnormal inputs are
     * rescaled by 2^52 as glibc does.
     */
    public static double log(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (Long.compareUnsigned(ix - NEAR_ONE_LOW, NEAR_ONE_HIGH - NEAR_ONE_LOW) < 0) {
            return logNearOne(x);
        }
        int top = (int) (ix >>> 48);
        if (top - 0x0010 >= 0x7ff0 - 0x0010 || top - 0x0010 < 0) {
            // x < 2^-1022, x negative, or x is Inf/NaN
            if (x == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (x == Double.POSITIVE_INFINITY) {
                return x;
            }
            if ((top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0) {
                return Double.NaN;
            }
            ix = Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52); // subnormal: normalise
        }
        long tmp = ix - OFFSET;
        int i = (int) ((tmp >>> 45) & 127);
        long k = tmp >> 52;
        double z = Double.longBitsToDouble(ix - (tmp & 0xFFF0000000000000L));
        double kd = (double) k;
        double r = Math.fma(z, INVERSE_C[i], -1.0);
        double w = Math.fma(kd, LN2_HI, LOG_C[i]);
        double hi = w + r;
        double lo = Math.fma(kd, LN2_LO, (w - hi) + r);
        double r2 = r * r;
        double u = Math.fma(r2, A[0], lo);
        double p = Math.fma(Math.fma(r, A[4], A[3]), r2, Math.fma(r, A[2], A[1]));
        return Math.fma(r * r2, p, u) + hi;
    }

    private static double logNearOne(double x) {
        if (x == 1.0) {
            return 0.0;
        }
        double r = x - 1.0;
        double r2 = r * r;
        double r3 = r * r2;
        double q1 = Math.fma(r2, B[3], Math.fma(r, B[2], B[1]));
        double q2 = Math.fma(r2, B[6], Math.fma(r, B[5], B[4]));
        double q3 = Math.fma(r3, B[10], Math.fma(r2, B[9], Math.fma(r, B[8], B[7])));
        double p = Math.fma(Math.fma(q3, r3, q2), r3, q1);
        double t = Math.fma(r, TWO_POW_27, r);
        double rhi = Math.fma(-TWO_POW_27, r, t);
        double rlo = r - rhi;
        double rr = rhi * rhi;
        double hi = Math.fma(rr, B[0], r);
        double lo = Math.fma(rr, B[0], r - hi);
        lo = Math.fma(B[0] * rlo, r + rhi, lo);
        return hi + Math.fma(p, r3, lo);
    }
}
