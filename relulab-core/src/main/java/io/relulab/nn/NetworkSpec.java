package io.relulab.nn;

import io.relulab.activation.Activation;
import io.relulab.activation.ActivationLayers;
import io.relulab.activation.PRelu;
import io.relulab.activation.Rrelu;
import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shape of a multilayer perceptron: {@code Dense(h₁) → act → … → Dense(h_L) → act → Dense(outputs, head)}.
 *
 * <p>The hidden activation chooses the layer type ({@link Activation#layer}): a PReLU activation gives a
 * {@link PReluLayer} with one learnable slope per unit initialised to the activation's slope; RReLU gives an
 * {@link RreluLayer} that draws its training-mode slopes from the generator passed to {@link #build}; every
 * other activation gives an {@link ActivationLayer}.
 *
 * <p>Defaults (Keras, docs/ARCHITECTURE.md §4): {@link GlorotUniform} kernels, {@link Zeros} biases, a sigmoid head
 * with one output.
 *
 * @param inputSize       number of input features, ≥ 1
 * @param hiddenSizes     widths of the hidden layers, each ≥ 1 (may be empty: logistic regression)
 * @param activation      the hidden activation
 * @param initializer     kernel initializer of every dense layer
 * @param biasInitializer bias initializer of every dense layer (ignored by initializers that draw biases, i.e. RAI)
 * @param head            output head
 * @param outputSize      output units, ≥ 1 (≥ 2 for softmax)
 */
public record NetworkSpec(int inputSize, List<Integer> hiddenSizes, Activation activation, Initializer initializer,
        Initializer biasInitializer, OutputHead head, int outputSize) {

    /** The notebook's hidden widths: 64 then 32. */
    public static final List<Integer> NOTEBOOK_HIDDEN_SIZES = List.of(64, 32);
    /** Keras' default kernel initializer, also the notebook's: glorot_uniform. */
    public static final Initializer DEFAULT_INITIALIZER = new GlorotUniform();
    /** Keras' default bias initializer, also the notebook's: zeros. */
    public static final Initializer DEFAULT_BIAS_INITIALIZER = new Zeros();

    public NetworkSpec {
        if (inputSize < 1) {
            throw new IllegalArgumentException("network input size = " + inputSize + "; expected >= 1");
        }
        hiddenSizes = List.copyOf(Objects.requireNonNull(hiddenSizes, "hiddenSizes"));
        for (int i = 0; i < hiddenSizes.size(); i++) {
            if (hiddenSizes.get(i) < 1) {
                throw new IllegalArgumentException("hidden layer " + (i + 1) + " width = " + hiddenSizes.get(i) + "; expected >= 1");
            }
        }
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(initializer, "initializer");
        Objects.requireNonNull(biasInitializer, "biasInitializer");
        Objects.requireNonNull(head, "head");
        if (biasInitializer.drawsBiases()) {
            throw new IllegalArgumentException("bias initializer = " + biasInitializer.spec()
                    + "; expected one that draws biases alone (zeros, constant, glorot_uniform, ...)");
        }
        if (outputSize < 1 || (head == OutputHead.SOFTMAX && outputSize < 2)) {
            throw new IllegalArgumentException("output size = " + outputSize + " with a " + head.spec() + " head; expected >= "
                    + (head == OutputHead.SOFTMAX ? 2 : 1));
        }
    }

    /**
     * A binary classifier with the Keras defaults: glorot_uniform kernels, zero biases, one sigmoid output.
     */
    public static NetworkSpec of(int inputSize, Activation activation, List<Integer> hiddenSizes) {
        return new NetworkSpec(inputSize, hiddenSizes, activation, DEFAULT_INITIALIZER, DEFAULT_BIAS_INITIALIZER, OutputHead.SIGMOID, 1);
    }

    /** The notebook's network: {@code Dense(64) → act → Dense(32) → act → Dense(1, sigmoid)}, Keras defaults. */
    public static NetworkSpec notebook(int inputSize, Activation activation) {
        return of(inputSize, activation, NOTEBOOK_HIDDEN_SIZES);
    }

    public NetworkSpec withActivation(Activation newActivation) {
        return new NetworkSpec(inputSize, hiddenSizes, newActivation, initializer, biasInitializer, head, outputSize);
    }

    public NetworkSpec withHiddenSizes(List<Integer> newHiddenSizes) {
        return new NetworkSpec(inputSize, newHiddenSizes, activation, initializer, biasInitializer, head, outputSize);
    }

    public NetworkSpec withInitializer(Initializer newInitializer) {
        return new NetworkSpec(inputSize, hiddenSizes, activation, newInitializer, biasInitializer, head, outputSize);
    }

    public NetworkSpec withBiasInitializer(Initializer newBiasInitializer) {
        return new NetworkSpec(inputSize, hiddenSizes, activation, initializer, newBiasInitializer, head, outputSize);
    }

    public NetworkSpec withHead(OutputHead newHead, int newOutputSize) {
        return new NetworkSpec(inputSize, hiddenSizes, activation, initializer, biasInitializer, newHead, newOutputSize);
    }

    /**
     * Builds the network and draws its parameters from {@code random}, dense layer by dense layer
     * (kernel, then biases). The same generator drives RReLU's training-mode slopes.
     */
    public Network build(NumpyRandom random) {
        Objects.requireNonNull(random, "random");
        List<Layer> layers = new ArrayList<>();
        int width = inputSize;
        int number = 1;
        for (int hidden : hiddenSizes) {
            Dense dense = new Dense("dense_" + number, width, hidden, initializer, biasInitializer);
            dense.initialize(random);
            layers.add(dense);
            layers.add(activationLayer(activation, number, hidden, random));
            width = hidden;
            number++;
        }
        Dense output = new Dense("dense_" + number, width, outputSize, initializer, biasInitializer);
        output.initialize(random);
        layers.add(output);
        return new Network(layers, head);
    }

    /** The layer applying {@code activation} to {@code units} units of hidden layer {@code number}. */
    static NonlinearLayer activationLayer(Activation activation, int number, int units, NumpyRandom random) {
        return activation.layer(new ActivationLayers<NonlinearLayer>() {
            @Override
            public NonlinearLayer elementwise(Activation function) {
                return new ActivationLayer(function, units);
            }

            @Override
            public NonlinearLayer learnedSlopes(PRelu prelu) {
                return new PReluLayer("prelu_" + number, prelu, units);
            }

            @Override
            public NonlinearLayer randomSlopes(Rrelu rrelu) {
                return new RreluLayer(rrelu, units, random);
            }
        });
    }
}
