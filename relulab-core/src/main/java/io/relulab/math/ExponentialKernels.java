package io.relulab.math;

/**
 * The array forms of the exponential linear family (ELU, SELU, CELU): forward and backward over a contiguous
 * range, without a branch per element, with {@link StableMath#expm1}. Vector loops (the Vector API, when the JVM
 * has {@code jdk.incubator.vector}, as for {@link MatrixKernels}) or plain ones, chosen once at start-up; both
 * give the same bits.
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

    private static final boolean VECTOR = chooseVector();

    private ExponentialKernels() {
    }

    private static boolean chooseVector() {
        if (!VectorModule.AVAILABLE) {
            return false;
        }
        try {
            return VectorExponentialKernels.worthwhile();
        } catch (LinkageError e) {
            return false;
        }
    }

    /** values[i] = P·x for x &gt; 0, else N·expm1(x / D), for i in [from, to). */
    public static void forwardInPlace(double[] values, int from, int to, double positiveScale, double negativeScale,
                                      double inputDivisor) {
        if (VECTOR) {
            VectorExponentialKernels.forwardInPlace(values, from, to, positiveScale, negativeScale, inputDivisor);
        } else {
            scalarForwardInPlace(values, from, to, positiveScale, negativeScale, inputDivisor);
        }
    }

    /** gradients[i] *= P for z &gt; 0, else y·S + O, with z = preActivations[i] and y = outputs[i]. */
    public static void backwardInPlace(double[] preActivations, double[] outputs, double[] gradients, int from, int to,
                                       double positiveSlope, double outputScale, double offset) {
        if (VECTOR) {
            VectorExponentialKernels.backwardInPlace(preActivations, outputs, gradients, from, to, positiveSlope,
                    outputScale, offset);
        } else {
            scalarBackwardInPlace(preActivations, outputs, gradients, from, to, positiveSlope, outputScale, offset);
        }
    }

    /** P·x for x &gt; 0, else N·expm1(x / D): one element of {@link #forwardInPlace}. */
    public static double forward(double x, double positiveScale, double negativeScale, double inputDivisor) {
        double negative = negativeScale * StableMath.expm1Reduced(Math.min(x, 0.0) / inputDivisor);
        return select(x, positiveScale * x, negative);
    }

    static void scalarForwardInPlace(double[] values, int from, int to, double positiveScale, double negativeScale,
                                     double inputDivisor) {
        for (int i = from; i < to; i++) {
            values[i] = forward(values[i], positiveScale, negativeScale, inputDivisor);
        }
    }

    static void scalarBackwardInPlace(double[] preActivations, double[] outputs, double[] gradients, int from, int to,
                                      double positiveSlope, double outputScale, double offset) {
        for (int i = from; i < to; i++) {
            gradients[i] *= select(preActivations[i], positiveSlope, outputs[i] * outputScale + offset);
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
