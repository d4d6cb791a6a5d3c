package io.relulab.nn;

import io.relulab.activation.Activation;
import io.relulab.activation.LeakyRelu;
import io.relulab.activation.Relu;
import java.util.List;
import java.util.Objects;

/**
 * Applies a fixed activation f elementwise: forward y = f(z); backward ∂L/∂z = f′(z)·∂L/∂y, with f′ at
 * kinks as the activation documents (PyTorch's convention). No parameters.
 *
 * <p>ReLU and Leaky ReLU run branch-free loops ({@link RectifierKernels}) that give exactly the activation's
 * own numbers; every other activation runs its {@code valuesInPlace}/{@code derivativesInPlace}.
 */
public final class ActivationLayer implements NonlinearLayer {

    private final Activation activation;
    private final int units;
    /** 0: generic, 1: ReLU, 2: Leaky ReLU. */
    private final int kernel;
    private final double slope;
    private double[] preActivations;
    private double[] outputs;
    private double[] inputGradients;

    public ActivationLayer(Activation activation, int units) {
        this.activation = Objects.requireNonNull(activation, "activation");
        if (units <= 0) {
            throw new IllegalArgumentException("activation layer units = " + units + "; expected >= 1");
        }
        this.units = units;
        if (activation instanceof Relu) {
            kernel = 1;
            slope = 0.0;
        } else if (activation instanceof LeakyRelu leaky) {
            kernel = 2;
            slope = leaky.negativeSlope();
        } else {
            kernel = 0;
            slope = Double.NaN;
        }
    }

    @Override
    public double[] forward(double[] input, int rows, Mode mode) {
        int size = rows * units;
        preActivations = input;
        outputs = Layer.ensureCapacity(outputs, size);
        System.arraycopy(input, 0, outputs, 0, size);
        switch (kernel) {
            case 1 -> RectifierKernels.reluInPlace(outputs, size);
            case 2 -> RectifierKernels.leakyReluInPlace(outputs, size, slope);
            default -> activation.valuesInPlace(outputs, 0, size);
        }
        return outputs;
    }

    @Override
    public double[] backward(double[] outputGradient, int rows, boolean computeInputGradient) {
        if (!computeInputGradient) {
            return null;
        }
        int size = rows * units;
        double[] gradients = Layer.ensureCapacity(inputGradients, size);
        inputGradients = gradients;
        if (kernel == 1) {
            RectifierKernels.reluBackward(preActivations, outputGradient, gradients, size);
            return gradients;
        }
        if (kernel == 2) {
            RectifierKernels.leakyReluBackward(preActivations, outputGradient, gradients, size, slope);
            return gradients;
        }
        System.arraycopy(preActivations, 0, gradients, 0, size);
        activation.derivativesInPlace(gradients, 0, size);
        for (int i = 0; i < size; i++) {
            gradients[i] *= outputGradient[i];
        }
        return gradients;
    }

    @Override
    public Activation activation() {
        return activation;
    }

    @Override
    public double valueAt(int unit, double preActivation) {
        return activation.value(preActivation);
    }

    @Override
    public double derivativeAt(int unit, double preActivation) {
        return activation.derivative(preActivation);
    }

    @Override
    public int inputSize() {
        return units;
    }

    @Override
    public int outputSize() {
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
