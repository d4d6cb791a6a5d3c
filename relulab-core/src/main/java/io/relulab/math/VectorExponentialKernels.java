package io.relulab.math;

import jdk.incubator.vector.DoubleVector;
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

    static {
        // Run both loops once so that every vector class they use (double and long vectors, masks, shuffles of this
        // width) is loaded and initialised before C2 compiles them: a compilation that meets an unloaded vector
        // class cannot use the intrinsics, and its code boxes every vector for good.
        double[] values = new double[2 * LANES];
        for (int i = 0; i < values.length; i++) {
            values[i] = i - LANES + 0.5;
        }
        double[] outputs = values.clone();
        forwardInPlace(outputs, 0, outputs.length, 1.0, 1.0, 1.0);
        forwardInPlace(values.clone(), 0, values.length, 1.0507, 1.7581, 2.0);
        backwardInPlace(values, outputs, values.clone(), 0, values.length, 1.0, 1.0, 1.0);
    }

    private VectorExponentialKernels() {
    }

    static boolean worthwhile() {
        return LANES >= 2;
    }

    /**
     * The forward loop. One method on purpose: the expm1 steps are written out in the loop body because a vector
     * passed to or returned from a method that C2 does not inline (this body is past its size limit) is boxed
     * on the heap, which costs more than the arithmetic.
     */
    static void forwardInPlace(double[] values, int from, int to, double positiveScale, double negativeScale,
                               double inputDivisor) {
        boolean divide = inputDivisor != 1.0; // x / 1 = x and 1·x = x exactly: skipping them keeps the bits
        boolean scalePositive = positiveScale != 1.0;
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            DoubleVector input = DoubleVector.fromArray(SPECIES, values, i);
            DoubleVector x = divide ? input.min(0.0).div(inputDivisor) : input.min(0.0);
            // StableMath.expm1Reduced(x), operation for operation
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
            DoubleVector square = r.mul(r);
            DoubleVector fourth = square.mul(square);
            DoubleVector eighth = fourth.mul(fourth);
            DoubleVector p01 = r.mul(StableMath.C4).add(StableMath.C3)
                    .add(square.mul(r.mul(StableMath.C6).add(StableMath.C5)));
            DoubleVector p23 = r.mul(StableMath.C8).add(StableMath.C7)
                    .add(square.mul(r.mul(StableMath.C10).add(StableMath.C9)));
            DoubleVector p45 = r.mul(StableMath.C12).add(StableMath.C11)
                    .add(square.mul(r.mul(StableMath.C14).add(StableMath.C13)));
            DoubleVector p = p01.add(fourth.mul(p23)).add(eighth.mul(p45));
            DoubleVector squareLow = r.fma(r, square.neg());
            DoubleVector half = square.mul(0.5);
            DoubleVector small = squareLow.mul(0.5).add(square.mul(r).mul(p)).add(rLow.mul(r.add(1.0)));
            // x ≤ 0 here, so 2^k ≤ 1 and Fast2Sum(−1, 2^k) gives the same exact error as the scalar TwoSum
            DoubleVector s = scale.sub(1.0);
            DoubleVector e = s.neg().sub(1.0).add(scale);
            DoubleVector sr = scale.mul(r);
            DoubleVector t = s.add(sr);
            DoubleVector f = sr.sub(t.sub(s));
            DoubleVector sh = scale.mul(half);
            DoubleVector u = t.add(sh);
            DoubleVector g = sh.sub(u.sub(t));
            DoubleVector y = u.add(g.add(f).add(e).add(scale.mul(small)));
            DoubleVector expm1 = y.reinterpretAsLongs().and(~SIGN).or(x.reinterpretAsLongs().and(SIGN)).reinterpretAsDoubles();
            DoubleVector positive = scalePositive ? input.mul(positiveScale) : input;
            expm1.mul(negativeScale).blend(positive, input.compare(VectorOperators.GT, 0.0)).intoArray(values, i);
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
}
