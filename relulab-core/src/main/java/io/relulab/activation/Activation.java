package io.relulab.activation;

/**
 * A scalar activation function f with its exact derivative f′.
 *
 * <p>Implementations are immutable, validated records. The derivative at a kink follows PyTorch's
 * autograd convention (ReLU′(0)=0, LeakyReLU′(0)=slope, PReLU′(0)=α, ELU′(0)=α, ReLU6′(0)=ReLU6′(6)=0);
 * each implementation documents its own convention and source.
 *
 * <p>The array forms work in place on a contiguous range so that the engine can apply them to a
 * row-major batch without allocating. The defaults loop over the scalar forms; implementations may
 * override them with a faster loop but must give identical results ({@link #valuesInPlace},
 * {@link #derivativesInPlace}) or, for the engine's backward pass {@link #backwardInPlace}, results equal to
 * within rounding, documented by the implementation. The engine calls these forms and never asks which
 * activation it holds.
 */
public interface Activation extends java.io.Serializable {

    /** Returns f(x). */
    double value(double x);

    /** Returns f′(x), using the documented convention at kinks. */
    double derivative(double x);

    /**
     * The specification string that the command line parses back to an equal activation,
     * e.g. {@code "leaky_relu:0.1"}.
     */
    String spec();

    /** Replaces {@code values[from..to)} by f of each entry. */
    default void valuesInPlace(double[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            values[i] = value(values[i]);
        }
    }

    /**
     * output[i] = f(input[i]) for i in [from, to): {@link #valuesInPlace} into a second array (or the same one), the
     * same numbers. The default copies the range, then calls {@link #valuesInPlace}; the engine's activations
     * override it with one pass that reads one array and writes the other.
     */
    default void valuesInto(double[] input, double[] output, int from, int to) {
        if (input != output) {
            System.arraycopy(input, from, output, from, to - from);
        }
        valuesInPlace(output, from, to);
    }

    /** Replaces {@code values[from..to)} by f′ of each entry. */
    default void derivativesInPlace(double[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            values[i] = derivative(values[i]);
        }
    }

    /**
     * The largest |f′(x)| over the float32 values {@code values[from..to)}, each widened to double: 0 for an
     * empty range, NaN if f′ is NaN at some x (a running {@code Math.max} of |f′|). The default evaluates
     * {@link #derivative} value by value; implementations may override it with a faster loop that gives the same
     * number (the rectifiers need only the signs). The inspector of imported models calls it once per channel
     * and image.
     */
    default double largestAbsoluteDerivative(float[] values, int from, int to) {
        double largest = 0;
        for (int i = from; i < to; i++) {
            double slope = Math.abs(derivative(values[i]));
            largest = slope > largest || slope != slope ? slope : largest;
        }
        return largest;
    }

    /**
     * The backward pass of an elementwise layer: replaces the upstream gradients ∂L/∂y in
     * {@code gradients[from..to)} by ∂L/∂z = ∂L/∂y·f′(z), given the pre-activations z and the forward outputs
     * y = f(z) at the same indices. The default multiplies by {@link #derivative} of each pre-activation.
     * Implementations may override it with a faster loop; ReLU, Leaky ReLU and PReLU give exactly the
     * default's numbers, while ELU uses the outputs (f′(z) = f(z) + α for z ≤ 0, equal to the scalar
     * derivative to within rounding).
     */
    default void backwardInPlace(double[] preActivations, double[] outputs, double[] gradients, int from, int to) {
        for (int i = from; i < to; i++) {
            gradients[i] *= derivative(preActivations[i]);
        }
    }

    /**
     * {@link #backwardInPlace} from one array into another: inputGradients[i] gets the value that
     * backwardInPlace would leave in place of outputGradients[i] (the arrays may be the same). The default copies the
     * range, then calls {@link #backwardInPlace}.
     */
    default void backwardInto(double[] preActivations, double[] outputs, double[] outputGradients,
                              double[] inputGradients, int from, int to) {
        if (outputGradients != inputGradients) {
            System.arraycopy(outputGradients, from, inputGradients, from, to - from);
        }
        backwardInPlace(preActivations, outputs, inputGradients, from, to);
    }

    /**
     * Whether f′(x) = 0 is possible on a set of positive measure, i.e. whether a unit with this
     * activation can be <em>dead</em> (receive no gradient for every input). Each record that can says when (some
     * only at a parameter value, e.g. a Leaky ReLU of slope 0); {@link Activations#namesThatCanDie()} and
     * {@link Activations#namesThatCanDieAtZero()} list the registered types.
     */
    default boolean canDie() {
        return false;
    }

    /**
     * Chooses the engine's hidden layer for this activation among {@code layers}: by default
     * {@link ActivationLayers#elementwise}; PReLU (learnable per-unit slopes) and RReLU (random training slopes)
     * choose their own. This is how the engine builds layers without asking which activation it holds.
     */
    default <L> L layer(ActivationLayers<L> layers) {
        return layers.elementwise(this);
    }
}
