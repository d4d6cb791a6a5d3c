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

    /**
     * Elements per pass of {@link #forwardInPlace}: its four loops run over this many elements at a time, through a
     * scratch array of the calling thread (made once per thread, so a training step allocates nothing).
     */
    static final int CHUNK = 256;
    /**
     * Offsets of the scratch's five rows: r, then r_lo (overwritten by the small terms), then 2^k, then the Taylor
     * sum p, then r² (pass 2 stores it for passes 3 and 4: a load in place of two multiplications, which are this
     * loop's scarcest operation).
     */
    private static final int R = 0;
    private static final int SMALL = CHUNK;
    private static final int SCALE = 2 * CHUNK;
    private static final int SUM = 3 * CHUNK;
    private static final int SQUARE = 4 * CHUNK;
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[5 * CHUNK]);

    static {
        // Run both loops once so that every vector class they use (double and long vectors, masks, shuffles of this
        // width) is loaded and initialised before C2 compiles them: a compilation that meets an unloaded vector
        // class cannot use the intrinsics, and its code boxes every vector for good.
        double[] values = new double[2 * LANES];
        for (int i = 0; i < values.length; i++) {
            values[i] = i - LANES + 0.5;
        }
        double[] outputs = new double[values.length];
        forwardInPlace(values, outputs, 0, outputs.length, 1.0, 1.0, 1.0);
        forwardInPlace(values, values.clone(), 0, values.length, 1.0507, 1.7581, 2.0);
        backwardInPlace(values, outputs, values, values.clone(), 0, values.length, 1.0, 1.0, 1.0);
    }

    private VectorExponentialKernels() {
    }

    static boolean worthwhile() {
        return LANES >= 2;
    }

    /**
     * The forward loop, in four passes per chunk (range reduction, Taylor sum, small terms, reconstruction and
     * select), each its own small loop: with the whole expm1 in one loop body, C2 reached its live-node inlining cutoff
     * before the final store in about two JVMs of three, and then boxed every vector of the loop on the heap; with the
     * Taylor sum and the small terms in one pass, the same happened to that pass's store in some JVMs (49 KB a
     * notebook step). Between the
     * passes the lanes' values go through the scratch array, which stores and reloads their bits unchanged, so
     * each element gets the same operations in the same order as in {@link StableMath#expm1Reduced}. The launcher
     * and the benchmarks keep C2 from inlining the passes back into this method ({@code dontinline *InPlace}).
     */
    static void forwardInPlace(double[] input, double[] output, int from, int to, double positiveScale,
                               double negativeScale, double inputDivisor) {
        int vectorEnd = from + (to - from) / LANES * LANES;
        if (vectorEnd > from) {
            double[] scratch = SCRATCH.get();
            for (int start = from; start < vectorEnd; start += CHUNK) {
                int end = Math.min(start + CHUNK, vectorEnd);
                reduceInPlace(input, start, end, inputDivisor, scratch);
                taylorInPlace(scratch, end - start);
                smallTermsInPlace(scratch, end - start);
                reconstructInPlace(input, output, start, end, positiveScale, negativeScale, inputDivisor, scratch);
            }
        }
        ExponentialKernels.scalarForwardInPlace(input, output, vectorEnd, to, positiveScale, negativeScale,
                inputDivisor);
    }

    /** x = min(input, 0) / D as in {@link ExponentialKernels#forward} (x / 1 = x exactly: skipping it keeps the bits). */
    private static DoubleVector argument(DoubleVector input, double inputDivisor) {
        return inputDivisor != 1.0 ? nonPositive(input).div(inputDivisor) : nonPositive(input);
    }

    /**
     * Pass 1, the range reduction of {@link StableMath#expm1Reduced}: r, r_lo and 2^k of x into the scratch. The
     * clamps min(input, 0) and max(x, −38) are selects: for these constants they give Math.min's and Math.max's
     * bits in every case (NaN and −0 kept, +0 for positive input), in two instructions where the vector min and max
     * take five each.
     */
    static void reduceInPlace(double[] values, int from, int to, double inputDivisor, double[] scratch) {
        int length = to - from;
        for (int j = 0; j < length; j += LANES) {
            DoubleVector x = argument(DoubleVector.fromArray(SPECIES, values, from + j), inputDivisor);
            DoubleVector xc = x.blend(StableMath.EXPM1_LOWEST, x.compare(VectorOperators.LT, StableMath.EXPM1_LOWEST));
            DoubleVector shifted = xc.mul(StableMath.INVERSE_LN2).add(StableMath.SHIFTER);
            DoubleVector k = shifted.sub(StableMath.SHIFTER);
            shifted.reinterpretAsLongs()
                    .sub(StableMath.SHIFTER_BITS - 1023)
                    .lanewise(VectorOperators.LSHL, 52)
                    .reinterpretAsDoubles()
                    .intoArray(scratch, SCALE + j);
            DoubleVector high = xc.sub(k.mul(StableMath.LN2_HIGH));
            DoubleVector low = k.mul(StableMath.LN2_LOW);
            DoubleVector r = high.sub(low);
            r.intoArray(scratch, R + j);
            high.sub(r).sub(low).intoArray(scratch, SMALL + j); // r_lo
        }
    }

    /** Math.min(input, 0.0) lane by lane, as a select: +0 where input &gt; 0, the input itself (NaN, ±0, negative) elsewhere. */
    private static DoubleVector nonPositive(DoubleVector input) {
        return input.blend(0.0, input.compare(VectorOperators.GT, 0.0));
    }

    /** Pass 2: the Taylor sum p = Σ_{n=3}^{14} r^{n−3}/n! by Estrin's scheme, and r², into the scratch. */
    static void taylorInPlace(double[] scratch, int length) {
        for (int j = 0; j < length; j += LANES) {
            DoubleVector r = DoubleVector.fromArray(SPECIES, scratch, R + j);
            DoubleVector square = r.mul(r);
            square.intoArray(scratch, SQUARE + j);
            DoubleVector fourth = square.mul(square);
            DoubleVector eighth = fourth.mul(fourth);
            DoubleVector p01 = r.mul(StableMath.C4).add(StableMath.C3)
                    .add(square.mul(r.mul(StableMath.C6).add(StableMath.C5)));
            DoubleVector p23 = r.mul(StableMath.C8).add(StableMath.C7)
                    .add(square.mul(r.mul(StableMath.C10).add(StableMath.C9)));
            DoubleVector p45 = r.mul(StableMath.C12).add(StableMath.C11)
                    .add(square.mul(r.mul(StableMath.C14).add(StableMath.C13)));
            p01.add(fourth.mul(p23)).add(eighth.mul(p45)).intoArray(scratch, SUM + j);
        }
    }

    /** Pass 3: the small terms r²_lo/2 + r³·p + r_lo·(1 + r), over r_lo. */
    static void smallTermsInPlace(double[] scratch, int length) {
        for (int j = 0; j < length; j += LANES) {
            DoubleVector r = DoubleVector.fromArray(SPECIES, scratch, R + j);
            DoubleVector rLow = DoubleVector.fromArray(SPECIES, scratch, SMALL + j);
            DoubleVector p = DoubleVector.fromArray(SPECIES, scratch, SUM + j);
            DoubleVector square = DoubleVector.fromArray(SPECIES, scratch, SQUARE + j);
            DoubleVector squareLow = r.fma(r, square.neg());
            squareLow.mul(0.5).add(square.mul(r).mul(p)).add(rLow.mul(r.add(1.0))).intoArray(scratch, SMALL + j);
        }
    }

    /**
     * Pass 4: the exact recombination (2^k − 1) + 2^k·r + 2^k·r²/2 + 2^k·small, the sign of x, N·expm1 and the select
     * against P·input. The sign of x is the input's where it matters (input ≤ 0 or NaN, and D = 1); with D ≠ 1, x is
     * formed again from the input by pass 1's operations. N·y and P·input are skipped where N or P is 1 (exact: y
     * is a number or a quiet NaN here).
     */
    static void reconstructInPlace(double[] values, double[] output, int from, int to, double positiveScale,
                                   double negativeScale, double inputDivisor, double[] scratch) {
        boolean scalePositive = positiveScale != 1.0; // 1·x = x exactly: skipping it keeps the bits
        boolean scaleNegative = negativeScale != 1.0; // as above: y is a number or a quiet NaN here
        int length = to - from;
        for (int j = 0; j < length; j += LANES) {
            DoubleVector input = DoubleVector.fromArray(SPECIES, values, from + j);
            DoubleVector r = DoubleVector.fromArray(SPECIES, scratch, R + j);
            DoubleVector scale = DoubleVector.fromArray(SPECIES, scratch, SCALE + j);
            DoubleVector small = DoubleVector.fromArray(SPECIES, scratch, SMALL + j);
            DoubleVector half = DoubleVector.fromArray(SPECIES, scratch, SQUARE + j).mul(0.5);
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
            // the sign of x = min(input, 0) / D; where input > 0 the select below discards this lane, and elsewhere
            // x is the input itself when D = 1
            DoubleVector x = inputDivisor != 1.0 ? argument(input, inputDivisor) : input;
            DoubleVector expm1 = y.reinterpretAsLongs().and(~SIGN).or(x.reinterpretAsLongs().and(SIGN)).reinterpretAsDoubles();
            DoubleVector positive = scalePositive ? input.mul(positiveScale) : input;
            DoubleVector negative = scaleNegative ? expm1.mul(negativeScale) : expm1;
            negative.blend(positive, input.compare(VectorOperators.GT, 0.0)).intoArray(output, from + j);
        }
    }

    /**
     * ∂L/∂z = ∂L/∂y·(P for z &gt; 0, else y·S + O), lane by lane. The loop counts to the last full vector's end (a
     * bound C2 recognises, so the five arrays' range checks leave the loop; with {@code i + LANES <= to} it kept
     * them and reloaded the arrays from the stack on every iteration).
     */
    static void backwardInPlace(double[] preActivations, double[] outputs, double[] outputGradients,
                                double[] inputGradients, int from, int to, double positiveSlope, double outputScale,
                                double offset) {
        int vectorEnd = from + (to - from) / LANES * LANES;
        for (int i = from; i < vectorEnd; i += LANES) {
            DoubleVector z = DoubleVector.fromArray(SPECIES, preActivations, i);
            VectorMask<Double> positive = z.compare(VectorOperators.GT, 0.0);
            DoubleVector slope = DoubleVector.fromArray(SPECIES, outputs, i).mul(outputScale).add(offset)
                    .blend(positiveSlope, positive);
            DoubleVector.fromArray(SPECIES, outputGradients, i).mul(slope).intoArray(inputGradients, i);
        }
        ExponentialKernels.scalarBackwardInPlace(preActivations, outputs, outputGradients, inputGradients, vectorEnd,
                to, positiveSlope, outputScale, offset);
    }
}
