package io.relulab.nn;

import io.relulab.activation.Activation;
import java.util.List;
import java.util.Objects;

/**
 * Applies a fixed activation f elementwise: forward y = f(z); backward ∂L/∂z = f′(z)·∂L/∂y, with f′ at
 * kinks as the activation documents (PyTorch's convention). No parameters.
 *
 * <p>Both passes are the activation's own array forms ({@link Activation#valuesInto},
 * {@link Activation#backwardInto}: one pass from the input buffer into this layer's), which the rectifiers and the
 * exponential family implement with branch-free loops.
 */
public final class ActivationLayer implements NonlinearLayer {

    private final Activation activation;
    private final int units;
    private double[] preActivations;
    private double[] outputs;
    private double[] inputGradients;

    public ActivationLayer(Activation activation, int units) {
        this.activation = Objects.requireNonNull(activation, "activation");
        if (units <= 0) {
            throw new IllegalArgumentException("activation layer units = " + units + "; expected >= 1");
        }
        this.units = units;
    }

    @Override
    public double[] forward(double[] input, int rows, Mode mode) {
        int size = rows * units;
        preActivations = input;
        outputs = Layer.ensureCapacity(outputs, size);
        activation.valuesInto(input, outputs, 0, size);
        return outputs;
    }

    @Override
    public double[] backward(double[] outputGradient, int rows, boolean computeInputGradient) {
        if (!computeInputGradient) {
            return null;
        }
        int size = rows * units;
        inputGradients = Layer.ensureCapacity(inputGradients, size);
        activation.backwardInto(preActivations, outputs, outputGradient, inputGradients, 0, size);
        return inputGradients;
    }

    @Override
    public Activation activation() {
        return activation;
    }

    @Override
    public int units() {
        return units;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public String toString() {
        return "ActivationLayer[" + activation.spec() + ", " + units + "]";
    }
}
