package io.relulab.math;

/**
 * The array forms of the exponential linear family (ELU, SELU, CELU): forward and backward over a contiguous
 * range, without a branch per element, with {@link StableMath#expm1}. Vector loops (the Vector API, while
 * {@link VectorModule#engaged()}, as for {@link MatrixKernels}) or plain ones, chosen per call; both give the same
 * bits.
 *
 * <p>Forward: y = P·x for x &gt; 0, N·expm1(x / D) for x ≤ 0 (and NaN). Backward, from the forward outputs:
 * ∂L/∂z = ∂L/∂y·P for z &gt; 0, ∂L/∂y·(y·S + O) for z ≤ 0. ELU(α): P = 1, N = α, D = 1, S = 1, O = α;
 * SELU: P = λ, N = O = λα, D = S = 1; CELU(α): P = 1, N = α, D = α, S = 1/α, O = 1. With P = 1 and D = 1 the
 * multiplication and division are exact, so these are the activations' scalar formulas bit for bit.
 *
 * <p>The element choice x &gt; 0 is a select of bits, not a branch: a ternary on doubles compiles to a jump on
 * x86, which mispredicts on about half of a batch's pre-activations.
 */
public final class ExponentialKernels {

    /** Whether this JVM can run the vector forms; whether they run is read per call ({@link #vector()}). */
    private static final boolean VECTOR = VectorModule.supports(() -> VectorExponentialKernels.worthwhile());

    private ExponentialKernels() {
    }

    /** Whether this call runs the vector form: this JVM can, and {@link VectorModule#engaged()} says so now. */
    private static boolean vector() {
        return VECTOR && VectorModule.engaged();
    }

    /**
     * output[i] = P·x for x &gt; 0, else N·expm1(x / D), with x = input[i], for i in [from, to); input and output may
     * be the same array.
     */
    public static void forwardInto(double[] input, double[] output, int from, int to, double positiveScale,
                                   double negativeScale, double inputDivisor) {
        if (vector()) {
            VectorExponentialKernels.forwardInPlace(input, output, from, to, positiveScale, negativeScale, inputDivisor);
        } else {
            scalarForwardInPlace(input, output, from, to, positiveScale, negativeScale, inputDivisor);
        }
    }

    /**
     * inputGradients[i] = outputGradients[i]·(P for z &gt; 0, else y·S + O), with z = preActivations[i] and
     * y = outputs[i]; the two gradient arrays may be the same.
     */
    public static void backwardInto(double[] preActivations, double[] outputs, double[] outputGradients,
                                    double[] inputGradients, int from, int to, double positiveSlope, double outputScale,
                                    double offset) {
        if (vector()) {
            VectorExponentialKernels.backwardInPlace(preActivations, outputs, outputGradients, inputGradients, from, to,
                    positiveSlope, outputScale, offset);
        } else {
            scalarBackwardInPlace(preActivations, outputs, outputGradients, inputGradients, from, to, positiveSlope,
                    outputScale, offset);
        }
    }

    /** P·x for x &gt; 0, else N·expm1(x / D): one element of {@link #forwardInPlace}. */
    public static double forward(double x, double positiveScale, double negativeScale, double inputDivisor) {
        double negative = negativeScale * StableMath.expm1Reduced(Math.min(x, 0.0) / inputDivisor);
        return select(x, positiveScale * x, negative);
    }

    /**
     * The plain form of {@link #forwardInto}, in four passes over chunks of {@link #CHUNK} elements through the
     * calling thread's scratch rows: the range reduction (with the bit operations that make 2^k), the polynomial,
     * the exact recombination, then the sign and the select. Each pass applies to every element the operations of
     * {@link StableMath#expm1Reduced} in their order (the recombination forms r² again from r, the last pass x again
     * from the input), so the bits are those of {@link #forward}; but the two middle passes are plain arithmetic on
     * zero-offset arrays, which C2 vectorises, and no pass calls a method per element.
     */
    static void scalarForwardInPlace(double[] input, double[] output, int from, int to, double positiveScale,
                                     double negativeScale, double inputDivisor) {
        if (from >= to) {
            return;
        }
        Scratch scratch = SCRATCH.get();
        for (int start = from; start < to; start += CHUNK) {
            int length = Math.min(CHUNK, to - start);
            reduce(input, start, length, inputDivisor, scratch);
            polynomial(scratch, length);
            recombine(scratch, length);
            finish(input, output, start, length, positiveScale, negativeScale, inputDivisor, scratch);
        }
    }

    /** Elements per pass of {@link #scalarForwardInPlace}. */
    static final int CHUNK = 256;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * The per-thread rows between the passes: the chunk's inputs, r, r_lo, 2^k, the small terms, two partial sums of
     * the recombination, the result before its sign. Separate arrays, all read from index 0: C2 vectorises a loop
     * over such rows, not one that reads an array at an offset beside another at 0, nor one that reads and writes
     * one array at two offsets.
     */
    private static final class Scratch {
        final double[] x = new double[CHUNK];
        final double[] r = new double[CHUNK];
        final double[] t = new double[CHUNK];
        final double[] f = new double[CHUNK];
        final double[] rLow = new double[CHUNK];
        final double[] scale = new double[CHUNK];
        final double[] small = new double[CHUNK];
        final double[] y = new double[CHUNK];
    }

    /**
     * The range reduction, in two loops: the arithmetic (r, r_lo, and the shifted k, kept in the 2^k row), which C2
     * vectorises, then 2^k from the shifted k's bits (a loop of bit operations, which it does not).
     */
    private static void reduce(double[] input, int start, int length, double inputDivisor, Scratch scratch) {
        double[] x = scratch.x;
        double[] r = scratch.r;
        double[] rLow = scratch.rLow;
        double[] scale = scratch.scale;
        System.arraycopy(input, start, x, 0, length);
        for (int j = 0; j < length; j++) {
            double xc = Math.max(Math.min(x[j], 0.0) / inputDivisor, StableMath.EXPM1_LOWEST);
            double shifted = xc * StableMath.INVERSE_LN2 + StableMath.SHIFTER;
            double k = shifted - StableMath.SHIFTER;
            scale[j] = shifted;
            double high = xc - k * StableMath.LN2_HIGH;
            double low = k * StableMath.LN2_LOW;
            double rj = high - low;
            r[j] = rj;
            rLow[j] = (high - rj) - low;
        }
        for (int j = 0; j < length; j++) {
            scale[j] = Double.longBitsToDouble((Double.doubleToRawLongBits(scale[j]) - StableMath.SHIFTER_BITS + 1023) << 52);
        }
    }

    private static void polynomial(Scratch scratch, int length) {
        double[] r = scratch.r;
        double[] rLow = scratch.rLow;
        double[] small = scratch.small;
        for (int j = 0; j < length; j++) {
            double rj = r[j];
            double square = rj * rj;
            double fourth = square * square;
            double eighth = fourth * fourth;
            double p01 = (StableMath.C3 + rj * StableMath.C4) + square * (StableMath.C5 + rj * StableMath.C6);
            double p23 = (StableMath.C7 + rj * StableMath.C8) + square * (StableMath.C9 + rj * StableMath.C10);
            double p45 = (StableMath.C11 + rj * StableMath.C12) + square * (StableMath.C13 + rj * StableMath.C14);
            double p = (p01 + fourth * p23) + eighth * p45;
            double squareLow = Math.fma(rj, rj, -square);
            small[j] = (squareLow * 0.5 + (square * rj) * p) + rLow[j] * (1.0 + rj);
        }
    }

    /**
     * The exact recombination (2^k − 1) + 2^k·r + 2^k·r²/2 + 2^k·small, in two loops (C2 vectorises loops of this
     * size, not the whole sum in one): t = s + 2^k·r and its error f with s = 2^k − 1, then u = t + 2^k·r²/2, its
     * error g, the error e of s, and the sum; s is formed again from 2^k by the same operation.
     */
    private static void recombine(Scratch scratch, int length) {
        double[] r = scratch.r;
        double[] scale = scratch.scale;
        double[] small = scratch.small;
        double[] y = scratch.y;
        double[] tRow = scratch.t;
        double[] fRow = scratch.f;
        for (int j = 0; j < length; j++) {
            double sc = scale[j];
            double s = sc - 1.0;
            double sr = sc * r[j];
            double t = s + sr;
            tRow[j] = t;
            fRow[j] = sr - (t - s);
        }
        for (int j = 0; j < length; j++) {
            double rj = r[j];
            double sc = scale[j];
            double half = (rj * rj) * 0.5;
            double s = sc - 1.0;
            double sv = s - sc;
            double e = (sc - (s - sv)) + (-1.0 - sv);
            double t = tRow[j];
            double sh = sc * half;
            double u = t + sh;
            double g = sh - (u - t);
            y[j] = u + (((g + fRow[j]) + e) + sc * small[j]);
        }
    }

    private static void finish(double[] input, double[] output, int start, int length, double positiveScale,
                               double negativeScale, double inputDivisor, Scratch scratch) {
        double[] y = scratch.y;
        double[] xRow = scratch.x;
        for (int j = 0; j < length; j++) {
            double x = xRow[j];
            double negative = negativeScale * Math.copySign(y[j], Math.min(x, 0.0) / inputDivisor);
            output[start + j] = select(x, positiveScale * x, negative);
        }
    }

    static void scalarBackwardInPlace(double[] preActivations, double[] outputs, double[] outputGradients,
                                      double[] inputGradients, int from, int to, double positiveSlope,
                                      double outputScale, double offset) {
        for (int i = from; i < to; i++) {
            inputGradients[i] = outputGradients[i]
                    * select(preActivations[i], positiveSlope, outputs[i] * outputScale + offset);
        }
    }

    /**
     * {@code x > 0 ? ifPositive : otherwise} by bits: x &gt; 0 exactly when its bits b, read as a signed long,
     * satisfy 0 &lt; b ≤ bits(+∞) (so +0, −0, negatives and NaN take {@code otherwise}).
     */
    static double select(double x, double ifPositive, double otherwise) {
        long b = Double.doubleToRawLongBits(x);
        long positive = (-b & (b - 0x7ff0000000000001L)) >> 63;
        return Double.longBitsToDouble((Double.doubleToRawLongBits(ifPositive) & positive)
                | (Double.doubleToRawLongBits(otherwise) & ~positive));
    }
}
