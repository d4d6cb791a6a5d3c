package io.relulab.nn;

import io.relulab.activation.Activation;

/**
 * A layer that applies an activation unit by unit: output[r][j] = f_j(input[r][j]). The function may
 * differ per unit (PReLU's learned slope), so diagnostics ask the layer, not the activation, for
 * values and derivatives of a given unit.
 */
public interface NonlinearLayer extends Layer {

    /** Number of units (= input size = output size). */
    int units();

    /** The number of units. */
    @Override
    default int inputSize() {
        return units();
    }

    /** The number of units. */
    @Override
    default int outputSize() {
        return units();
    }

    /** The activation this layer was built from (for PReLU: with its initial slope). */
    Activation activation();

    /** f_j(x) as applied at inference; the same for every unit unless the layer learns per-unit parameters. */
    default double valueAt(int unit, double preActivation) {
        return activation().value(preActivation);
    }

    /** f_j′(x) as back-propagated at inference (PyTorch's convention at kinks). */
    default double derivativeAt(int unit, double preActivation) {
        return activation().derivative(preActivation);
    }
}
