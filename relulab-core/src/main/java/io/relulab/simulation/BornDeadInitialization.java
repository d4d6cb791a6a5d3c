package io.relulab.simulation;

import io.relulab.nn.Dense;
import io.relulab.nn.Rai;
import io.relulab.nn.Zeros;
import io.relulab.random.NumpyRandom;
import java.util.Arrays;

/**
 * How {@link BornDeadSimulation} initialises each hidden layer (weights row-major per unit, then biases).
 *
 * <p>All three draw weights from distributions symmetric about 0 (or, for RAI, nearly so), the setting of
 * Lu et al.'s theorem that deep ReLU networks are born dead with probability → 1 as depth grows.
 */
public enum BornDeadInitialization {

    /**
     * He / Kaiming normal (He et al. 2015): W ~ N(0, 2/fan_in) (a plain, untruncated normal, as PyTorch's
     * {@code kaiming_normal_}), biases 0. Bias-free, so the network is positively homogeneous and the
     * closed-form bound {@link BornDeadSimulation#biasFreeBound(int, int)} applies.
     */
    HE("he") {
        @Override
        void initializeLayerInPlace(NumpyRandom random, int fanIn, int width, double[] weights, double[] biases) {
            heNormalInPlace(random, fanIn, weights, width * fanIn);
            Arrays.fill(biases, 0, width, 0.0);
        }
    },

    /**
     * He with random biases: W and b both ~ N(0, 2/fan_in), i.e. the biases are drawn exactly like the
     * weights (the symmetric weight-and-bias distribution of Lu et al.'s theorem). Draws all weights of
     * the layer, then its biases. Our choice of bias distribution; Lu et al. do not fix one for He.
     */
    HE_BIAS("he_bias") {
        @Override
        void initializeLayerInPlace(NumpyRandom random, int fanIn, int width, double[] weights, double[] biases) {
            heNormalInPlace(random, fanIn, weights, width * fanIn);
            heNormalInPlace(random, fanIn, biases, width);
        }
    },

    /**
     * Randomized asymmetric initialisation (Lu et al. 2020, §3.1 of the spec), exactly the engine's
     * {@link Rai}: per unit, the fan_in + 1 incoming parameters (weights and bias) are drawn N(0, σ²) with
     * σ = 0.6007/√fan_in, then one of the fan_in + 1 positions, chosen uniformly, is overwritten by a
     * Beta(2, 1) draw. The layer is drawn by {@link Rai#initializeKernel} on a {@link Dense} layer of the
     * same shape, so RAI is defined once.
     */
    RAI("rai") {
        @Override
        void initializeLayerInPlace(NumpyRandom random, int fanIn, int width, double[] weights, double[] biases) {
            Dense dense = new Dense("rai", fanIn, width, RAI_INITIALIZER, new Zeros());
            dense.initialize(random);
            double[] kernel = dense.weights().values(); // fan_in x width: kernel[i * width + unit]
            for (int unit = 0; unit < width; unit++) {
                for (int i = 0; i < fanIn; i++) {
                    weights[unit * fanIn + i] = kernel[i * width + unit];
                }
            }
            System.arraycopy(dense.biases().values(), 0, biases, 0, width);
        }
    };

    private static final Rai RAI_INITIALIZER = new Rai();

    private final String key;

    BornDeadInitialization(String key) {
        this.key = key;
    }

    /** The name used on the command line and in JSON: {@code he}, {@code he_bias} or {@code rai}. */
    public String key() {
        return key;
    }

    /**
     * Fills {@code values[0 .. count)}, in order, with He normal draws N(0, 2/fan_in) (He et al. 2015), one
     * {@link NumpyRandom#normal(double, double)} call each, as numpy's {@code normal(0, sqrt(2/fan_in))} would.
     */
    private static void heNormalInPlace(NumpyRandom random, int fanIn, double[] values, int count) {
        double scale = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < count; i++) {
            values[i] = random.normal(0.0, scale);
        }
    }

    /**
     * Fills {@code weights[0 .. width·fanIn)} (row-major, one row per unit) and {@code biases[0 .. width)}
     * for one hidden layer.
     */
    abstract void initializeLayerInPlace(NumpyRandom random, int fanIn, int width, double[] weights, double[] biases);
}
