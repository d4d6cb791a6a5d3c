package io.relulab.diagnostics;

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
     * Replaces {@code values[from..to)}, pre-activations of unit {@code unit}, by f_j′ of each. The default
     * loops over {@link #at}; an implementation may use a faster loop that gives the same numbers, such as an
     * activation's branch-free {@link io.relulab.activation.Activation#derivativesInPlace} (random signs make
     * the branches of a scalar ReLU′ mispredict about half the time).
     */
    default void atInPlace(int unit, double[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            values[i] = at(unit, values[i]);
        }
    }
}
