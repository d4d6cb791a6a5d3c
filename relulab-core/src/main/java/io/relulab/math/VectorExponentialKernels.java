package io.relulab.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ExponentialKernels} with the Vector API: {@link StableMath#expm1Reduced} and the select, operation for
 * operation on every lane (IEEE {@code add}, {@code mul}, {@code div}, {@code min}/{@code max} with
 * {@link Math#min}'s treatment of −0 and NaN, bit operations for 2^k and the sign), so each lane has the bits of
 * the scalar form; the elements after the last full vector use the scalar form itself. Loaded only when the
 * module is present.
 */
final class VectorExponentialKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final long SIGN = Long.MIN_VALUE;

    private VectorExponentialKernels() {
    }

    static boolean worthwhile() {
        return LANES >= 2;
    }

    static void forwardInPlace(double[] values, int from, int to, double positiveScale, double negativeScale,
                               double inputDivisor) {
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, values, i);
            DoubleVector negative = expm1(x.min(0.0).div(inputDivisor)).mul(negativeScale);
            negative.blend(x.mul(positiveScale), x.compare(VectorOperators.GT, 0.0)).intoArray(values, i);
        }
        ExponentialKernels.scalarForwardInPlace(values, i, to, positiveScale, negativeScale, inputDivisor);
    }

    static void backwardInPlace(double[] preActivations, double[] outputs, double[] gradients, int from, int to,
                                double positiveSlope, double outputScale, double offset) {
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            DoubleVector z = DoubleVector.fromArray(SPECIES, preActivations, i);
            VectorMask<Double> positive = z.compare(VectorOperators.GT, 0.0);
            DoubleVector slope = DoubleVector.fromArray(SPECIES, outputs, i).mul(outputScale).add(offset)
                    .blend(positiveSlope, positive);
            DoubleVector.fromArray(SPECIES, gradients, i).mul(slope).intoArray(gradients, i);
        }
        ExponentialKernels.scalarBackwardInPlace(preActivations, outputs, gradients, i, to, positiveSlope, outputScale,
                offset);
    }

    /** {@link StableMath#expm1Reduced} on every lane, the same operations in the same order. */
    static DoubleVector expm1(DoubleVector x) {
        DoubleVector xc = x.max(StableMath.EXPM1_LOWEST);
        DoubleVector shifted = xc.mul(StableMath.INVERSE_LN2).add(StableMath.SHIFTER);
        DoubleVector k = shifted.sub(StableMath.SHIFTER);
        DoubleVector scale = shifted.reinterpretAsLongs()
                .sub(StableMath.SHIFTER_BITS - 1023)
                .lanewise(VectorOperators.LSHL, 52)
                .reinterpretAsDoubles();
        DoubleVector high = xc.sub(k.mul(StableMath.LN2_HIGH));
        DoubleVector low = k.mul(StableMath.LN2_LOW);
        DoubleVector r = high.sub(low);
        DoubleVector rLow = high.sub(r).sub(low);
        DoubleVector p = r.mul(StableMath.C14).add(StableMath.C13);
        p = r.mul(p).add(StableMath.C12);
        p = r.mul(p).add(StableMath.C11);
        p = r.mul(p).add(StableMath.C10);
        p = r.mul(p).add(StableMath.C9);
        p = r.mul(p).add(StableMath.C8);
        p = r.mul(p).add(StableMath.C7);
        p = r.mul(p).add(StableMath.C6);
        p = r.mul(p).add(StableMath.C5);
        p = r.mul(p).add(StableMath.C4);
        p = r.mul(p).add(StableMath.C3);
        DoubleVector square = r.mul(r);
        DoubleVector squareLow = r.fma(r, square.neg());
        DoubleVector half = square.mul(0.5);
        DoubleVector small = squareLow.mul(0.5).add(square.mul(r).mul(p)).add(rLow.mul(r.add(1.0)));
        DoubleVector s = scale.sub(1.0);
        DoubleVector sv = s.sub(scale);
        DoubleVector e = scale.sub(s.sub(sv)).add(sv.neg().sub(1.0));
        DoubleVector sr = scale.mul(r);
        DoubleVector t = s.add(sr);
        DoubleVector tv = t.sub(s);
        DoubleVector f = s.sub(t.sub(tv)).add(sr.sub(tv));
        DoubleVector sh = scale.mul(half);
        DoubleVector u = t.add(sh);
        DoubleVector uv = u.sub(t);
        DoubleVector g = t.sub(u.sub(uv)).add(sh.sub(uv));
        DoubleVector y = u.add(g.add(f).add(e).add(scale.mul(small)));
        LongVector magnitude = y.reinterpretAsLongs().and(~SIGN);
        return magnitude.or(x.reinterpretAsLongs().and(SIGN)).reinterpretAsDoubles();
    }
}
