package io.relulab.diagnostics;

import io.relulab.activation.Activation;
import java.util.Objects;

/**
 * The derivative of a layer whose units all share one activation f: f_j′(z) = f′(z) for every unit j, a batch at a
 * time by f's {@link Activation#derivativesInPlace} (see {@link UnitDerivative#of}).
 */
final class SharedActivationDerivative implements UnitDerivative {

    private final Activation activation;

    SharedActivationDerivative(Activation activation) {
        this.activation = Objects.requireNonNull(activation, "activation");
    }

    @Override
    public double at(int unit, double preActivation) {
        return activation.derivative(preActivation);
    }

    @Override
    public void derivativesOfRows(double[] preActivations, int rows, int units, double[] slopes) {
        int size = rows * units;
        System.arraycopy(preActivations, 0, slopes, 0, size);
        activation.derivativesInPlace(slopes, 0, size);
    }
}
