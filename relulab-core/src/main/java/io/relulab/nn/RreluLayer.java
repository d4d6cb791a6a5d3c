package io.relulab.nn;

import io.relulab.activation.Rrelu;
import io.relulab.random.NumpyRandom;
import java.util.List;
import java.util.Objects;

/**
 * Randomized leaky ReLU (Xu et al. 2015; PyTorch {@code nn.RReLU}): in {@link Mode#TRAINING} every
 * non-positive pre-activation is multiplied by a fresh slope drawn from U(lower, upper) with the layer's
 * generator ({@link Rrelu#trainingValuesInPlace}, elements in row-major order), and the backward pass
 * multiplies by the slopes drawn; in {@link Mode#INFERENCE} the slope is the mean (lower + upper)/2.
 *
 * <p>The generator is the trial's own, so a run stays a pure function of its seed.
 */
public final class RreluLayer implements NonlinearLayer {

    private final Rrelu activation;
    private final int units;
    private final NumpyRandom random;
    /** The inference-mode layer: the activation at its mean slope, applied as any fixed activation. */
    private final ActivationLayer inference;
    private double[] outputs;
    private double[] slopes;
    private double[] inputGradients;
    private Mode lastMode = Mode.INFERENCE;

    public RreluLayer(Rrelu activation, int units, NumpyRandom random) {
        this.activation = Objects.requireNonNull(activation, "activation");
        this.random = Objects.requireNonNull(random, "random");
        if (units <= 0) {
            throw new IllegalArgumentException("RReLU layer units = " + units + "; expected >= 1");
        }
        this.units = units;
        this.inference = new ActivationLayer(activation, units);
    }

    @Override
    public double[] forward(double[] input, int rows, Mode mode) {
        lastMode = mode;
        if (mode != Mode.TRAINING) {
            return inference.forward(input, rows, mode);
        }
        int size = rows * units;
        outputs = Layer.ensureCapacity(outputs, size);
        System.arraycopy(input, 0, outputs, 0, size);
        slopes = Layer.ensureCapacity(slopes, size);
        activation.trainingValuesInPlace(outputs, slopes, 0, size, random);
        return outputs;
    }

    @Override
    public double[] backward(double[] outputGradient, int rows, boolean computeInputGradient) {
        if (lastMode != Mode.TRAINING) {
            return inference.backward(outputGradient, rows, computeInputGradient);
        }
        if (!computeInputGradient) {
            return null;
        }
        int size = rows * units;
        inputGradients = Layer.ensureCapacity(inputGradients, size);
        for (int i = 0; i < size; i++) {
            inputGradients[i] = outputGradient[i] * slopes[i];
        }
        return inputGradients;
    }

    @Override
    public Rrelu activation() {
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
        return "RreluLayer[" + activation.spec() + ", " + units + "]";
    }
}
