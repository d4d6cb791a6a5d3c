package io.relulab.nn;

import io.relulab.math.MatrixKernels;
import io.relulab.math.ProductBuffers;
import io.relulab.random.NumpyRandom;
import java.util.List;
import java.util.Objects;

/**
 * A fully connected layer: Z = X·W + b, with kernel W of shape fan_in × fan_out (Keras layout, row-major:
 * unit j's incoming weights are column j) and bias b of length fan_out.
 *
 * <p>Backward, given G = ∂L/∂Z: ∂L/∂W = Xᵀ·G, ∂L/∂b = column sums of G, ∂L/∂X = G·Wᵀ.
 *
 * <p>Defaults (Keras {@code Dense}): kernel {@link GlorotUniform}, bias {@link Zeros}. A new layer holds
 * zeros until {@link #initialize} draws its values.
 */
public final class Dense implements Layer {

    private final int fanIn;
    private final int fanOut;
    private final Parameter weights;
    private final Parameter biases;
    private final Initializer initializer;
    private final Initializer biasInitializer;
    private double[] input;
    private double[] outputs;
    private double[] inputGradients;
    private double[] accumulator;

    /**
     * A layer with zero weights and biases; call {@link #initialize} to draw them.
     *
     * @param name            prefix of the parameter names, e.g. {@code "dense_1"}
     * @param initializer     draws the kernel (and, for {@link Rai}, the biases)
     * @param biasInitializer draws the biases (ignored when the initializer draws them itself)
     */
    public Dense(String name, int fanIn, int fanOut, Initializer initializer, Initializer biasInitializer) {
        if (fanIn <= 0) {
            throw new IllegalArgumentException("dense layer " + name + ": fan_in = " + fanIn + "; expected >= 1");
        }
        if (fanOut <= 0) {
            throw new IllegalArgumentException("dense layer " + name + ": fan_out = " + fanOut + "; expected >= 1");
        }
        this.fanIn = fanIn;
        this.fanOut = fanOut;
        this.initializer = Objects.requireNonNull(initializer, "initializer");
        this.biasInitializer = Objects.requireNonNull(biasInitializer, "biasInitializer");
        this.weights = new Parameter(name + "/kernel", fanIn, fanOut);
        this.biases = new Parameter(name + "/bias", fanOut);
    }

    /** A layer with the Keras defaults: glorot_uniform kernel, zero bias (values still zero until initialised). */
    public Dense(String name, int fanIn, int fanOut) {
        this(name, fanIn, fanOut, new GlorotUniform(), new Zeros());
    }

    /** Draws the kernel, then the biases (unless the kernel initializer draws them too, as RAI does). */
    public void initialize(NumpyRandom random) {
        initializer.initializeKernel(this, random);
        if (!initializer.drawsBiases()) {
            biasInitializer.initializeBiases(this, random);
        }
    }

    @Override
    public double[] forward(double[] input, int rows, Mode mode) {
        this.input = input;
        outputs = Layer.ensureCapacity(outputs, rows * fanOut);
        MatrixKernels.multiplyAddRow(input, weights.values(), biases.values(), outputs, rows, fanIn, fanOut,
                ProductBuffers.ofCurrentThread());
        return outputs;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The weights must not change between this layer's forward pass and its backward pass.
     */
    @Override
    public double[] backward(double[] outputGradient, int rows, boolean computeInputGradient) {
        ProductBuffers buffers = ProductBuffers.ofCurrentThread();
        MatrixKernels.multiplyTransposedLeft(input, outputGradient, weights.gradients(), rows, fanIn, fanOut,
                biases.gradients(), buffers);
        if (!computeInputGradient) {
            return null;
        }
        inputGradients = Layer.ensureCapacity(inputGradients, rows * fanIn);
        if (fanOut == 1) {
            accumulator = Layer.ensureCapacity(accumulator, fanIn);
            MatrixKernels.outerProduct(outputGradient, weights.values(), inputGradients, rows, fanIn, accumulator);
        } else {
            MatrixKernels.multiplyTransposedRight(outputGradient, weights.values(), inputGradients, rows, fanOut, fanIn,
                    buffers);
        }
        return inputGradients;
    }

    /** The kernel W, shape fan_in × fan_out, row-major: W[i][j] = {@code weights().values()[i * fanOut() + j]}. */
    public Parameter weights() {
        return weights;
    }

    /** The bias b, length fan_out. */
    public Parameter biases() {
        return biases;
    }

    public int fanIn() {
        return fanIn;
    }

    public int fanOut() {
        return fanOut;
    }

    /** The kernel initializer (also used to re-draw units, e.g. by ReDo). */
    public Initializer initializer() {
        return initializer;
    }

    public Initializer biasInitializer() {
        return biasInitializer;
    }

    @Override
    public int inputSize() {
        return fanIn;
    }

    @Override
    public int outputSize() {
        return fanOut;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weights, biases);
    }

    @Override
    public String toString() {
        return "Dense[" + fanIn + " -> " + fanOut + ", " + initializer.spec() + "]";
    }
}
