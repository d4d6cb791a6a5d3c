package io.relulab.nn;

import io.relulab.random.NumpyRandom;

/**
 * Draws the initial parameters of a {@link Dense} layer.
 *
 * <p>Most schemes draw every entry independently from a distribution that depends only on the
 * layer's fans ({@link #sample}); the defaults below fill a kernel in row-major order (one draw per
 * entry, W[0][0], W[0][1], …) and a bias vector in index order with Keras' fans for a 1-D shape
 * (fan_in = fan_out = length). Schemes that couple entries (RAI) override the defaults.
 *
 * <p>Implementations: {@link GlorotUniform} (the Keras default), {@link GlorotNormal}, {@link HeNormal},
 * {@link HeUniform}, {@link LecunNormal}, {@link Rai}, and the constants {@link Zeros} and
 * {@link Constant} (the usual bias initializers).
 */
public interface Initializer extends java.io.Serializable {

    /** The name the command line parses back to this initializer, e.g. {@code "glorot_uniform"}. */
    String spec();

    /** One independent draw for an entry of a tensor with the given fans. */
    double sample(int fanIn, int fanOut, NumpyRandom random);

    /** Whether {@link #initializeKernel} also sets the biases (RAI treats the bias as an incoming weight). */
    default boolean drawsBiases() {
        return false;
    }

    /** Fills the layer's kernel, row-major, one {@link #sample} per entry. */
    default void initializeKernel(Dense dense, NumpyRandom random) {
        double[] kernel = dense.weights().values();
        int fanIn = dense.fanIn();
        int fanOut = dense.fanOut();
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] = sample(fanIn, fanOut, random);
        }
    }

    /** Fills the layer's biases in index order, with Keras' 1-D fans (fan_in = fan_out = length). */
    default void initializeBiases(Dense dense, NumpyRandom random) {
        double[] biases = dense.biases().values();
        for (int j = 0; j < biases.length; j++) {
            biases[j] = sample(biases.length, biases.length, random);
        }
    }

    /**
     * Re-draws the incoming weights of the given units (columns of the kernel), unit by unit in the
     * given order and, within a unit, by increasing input index. Biases are left alone unless the
     * scheme draws them with the kernel (RAI). Used by neuron recycling (ReDo).
     *
     * @throws IndexOutOfBoundsException if a unit is outside 0..fan_out−1
     */
    default void reinitializeUnits(Dense dense, int[] units, NumpyRandom random) {
        double[] kernel = dense.weights().values();
        int fanIn = dense.fanIn();
        int fanOut = dense.fanOut();
        for (int unit : units) {
            java.util.Objects.checkIndex(unit, fanOut);
            for (int i = 0; i < fanIn; i++) {
                kernel[i * fanOut + unit] = sample(fanIn, fanOut, random);
            }
        }
    }
}
