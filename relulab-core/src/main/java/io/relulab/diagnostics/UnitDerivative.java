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
}
