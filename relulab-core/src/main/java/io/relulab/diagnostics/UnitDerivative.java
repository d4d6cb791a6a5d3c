package io.relulab.diagnostics;

import io.relulab.activation.Activation;
import io.relulab.nn.ActivationLayer;
import io.relulab.nn.NonlinearLayer;

/**
 * The derivative f_j′(z) of unit j's activation at pre-activation z, with PyTorch's convention at kinks
 * (ReLU′(0) = 0). A network layer gives it by {@link io.relulab.nn.NonlinearLayer#derivativeAt}; an
 * imported model (ONNX) by its activation op and, for PReLU, the unit's slope.
 */
@FunctionalInterface
public interface UnitDerivative {

    /** f_j′(z) for unit {@code unit} at pre-activation {@code preActivation}. */
    double at(int unit, double preActivation);

    /**
     * The largest |f_j′(z)| over the float32 pre-activations {@code preActivations[from..to)} of unit
     * {@code unit}, each widened to double: 0 for an empty range, NaN if f_j′ is NaN at some z (as a running
     * {@code Math.max} would give). The default evaluates {@link #at} value by value; an implementation may use a
     * faster form with the same result, such as an activation's
     * {@link io.relulab.activation.Activation#largestAbsoluteDerivative}, which for the rectifiers needs only the
     * signs.
     */
    default double largestAbsolute(int unit, float[] preActivations, int from, int to) {
        double largest = 0;
        for (int i = from; i < to; i++) {
            double slope = Math.abs(at(unit, preActivations[i]));
            largest = slope > largest || slope != slope ? slope : largest;
        }
        return largest;
    }

    /**
     * The derivatives of a row-major {@code rows × units} batch: {@code slopes[r·units + j] = at(j, z[r·units + j])}.
     * The default evaluates {@link #at} value by value; an implementation may use a faster form with the same
     * numbers, such as an activation's {@link Activation#derivativesInPlace}.
     */
    default void derivativesOfRows(double[] preActivations, int rows, int units, double[] slopes) {
        for (int row = 0, index = 0; row < rows; row++) {
            for (int unit = 0; unit < units; unit++, index++) {
                slopes[index] = at(unit, preActivations[index]);
            }
        }
    }

    /**
     * The derivative of a network's activation layer: {@link NonlinearLayer#derivativeAt}. For an
     * {@link ActivationLayer}, whose units all share one activation f, the batch form is f's own
     * {@link Activation#derivativesInPlace} (the same numbers as f′ value by value, by that method's contract): one
     * call per batch, so that the per-value loop of {@link UnitStatistics#addRows} holds no call whose target changes
     * with the activation a trial trains (which would make the JIT recompile it for every new activation).
     */
    static UnitDerivative of(NonlinearLayer layer) {
        if (layer instanceof ActivationLayer) {
            return new SharedActivationDerivative(layer.activation());
        }
        return layer::derivativeAt;
    }
}
