package io.relulab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.LeakyRelu;
import io.relulab.activation.PRelu;
import io.relulab.activation.Relu;
import io.relulab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/**
 * The ReLU, Leaky ReLU and PReLU layers (branch-free loops in the activations) give exactly the activations'
 * scalar numbers (same bits; NaN for NaN), on random
 * values and on every special value: ±0, ±∞, NaN, the smallest subnormals, ±Double.MAX_VALUE.
 */
class RectifierLayersTest {

    private static double[] inputs() {
        double[] specials = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0, 1e-300, -1e-300};
        NumpyRandom random = new NumpyRandom(3);
        double[] values = new double[specials.length + 2000];
        System.arraycopy(specials, 0, values, 0, specials.length);
        for (int i = specials.length; i < values.length; i++) {
            values[i] = random.standardNormal() * Math.pow(10, random.uniform(-5, 5));
        }
        return values;
    }

    private static void assertSameBits(double actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(Double.doubleToRawLongBits(actual)).as(what + ": %s vs %s", actual, expected).isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    @Test
    void reluAndLeakyReluLayersMatchTheActivationsBitForBit() {
        double[] z = inputs();
        double[] upstream = new double[z.length];
        NumpyRandom random = new NumpyRandom(4);
        for (int i = 0; i < upstream.length; i++) {
            upstream[i] = random.standardNormal();
        }
        for (var activation : new io.relulab.activation.Activation[] {new Relu(), new LeakyRelu(0.1), new LeakyRelu(0.0), new LeakyRelu(0.3)}) {
            ActivationLayer layer = new ActivationLayer(activation, z.length);
            double[] y = layer.forward(z, 1, Mode.TRAINING);
            double[] g = layer.backward(upstream, 1, true);
            for (int i = 0; i < z.length; i++) {
                assertSameBits(y[i], activation.value(z[i]), activation.spec() + " value at " + z[i]);
                assertSameBits(g[i], activation.derivative(z[i]) * upstream[i], activation.spec() + " gradient at " + z[i]);
            }
        }
    }

    @Test
    void preluLayerMatchesTheStaticFormulasBitForBit() {
        double[] z = inputs();
        double[] upstream = new double[z.length];
        java.util.Arrays.fill(upstream, 1.5);
        for (double alpha : new double[] {0.0, 0.25, -0.5, 1.7}) {
            PReluLayer layer = new PReluLayer("p", new PRelu(alpha), 1);
            for (int i = 0; i < z.length; i++) {
                double[] one = {z[i]};
                double y = layer.forward(one, 1, Mode.TRAINING)[0];
                double g = layer.backward(new double[] {upstream[i]}, 1, true)[0];
                assertSameBits(y, PRelu.value(z[i], alpha), "prelu:" + alpha + " value at " + z[i]);
                assertSameBits(g, upstream[i] * PRelu.derivative(z[i], alpha), "prelu:" + alpha + " gradient at " + z[i]);
                // the slope gradient is a sum over rows that starts from +0
                assertSameBits(layer.slopes().gradients()[0], 0.0 + upstream[i] * PRelu.alphaDerivative(z[i]), "prelu alpha gradient at " + z[i]);
            }
        }
    }
}
