package io.relulab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.random.NumpyRandom;
import org.junit.jupiter.api.Test;

class BornDeadInitializationTest {

    private static final int FAN_IN = 3;
    private static final int WIDTH = 2;

    @Test
    void heDrawsTheWeightsInOrderFromNormalWithVarianceTwoOverFanInAndZeroBiases() {
        double[] weights = new double[WIDTH * FAN_IN];
        double[] biases = {7.0, 7.0, 7.0};
        BornDeadInitialization.HE.initializeLayerInPlace(new NumpyRandom(5), FAN_IN, WIDTH, weights, biases);
        NumpyRandom reference = new NumpyRandom(5);
        for (double weight : weights) {
            assertThat(weight).isEqualTo(reference.normal(0.0, Math.sqrt(2.0 / FAN_IN)));
        }
        assertThat(biases).containsExactly(0.0, 0.0, 7.0);
    }

    @Test
    void heBiasDrawsAllWeightsThenTheBiasesFromTheSameNormal() {
        double[] weights = new double[WIDTH * FAN_IN];
        double[] biases = {7.0, 7.0, 7.0};
        BornDeadInitialization.HE_BIAS.initializeLayerInPlace(new NumpyRandom(5), FAN_IN, WIDTH, weights, biases);
        NumpyRandom reference = new NumpyRandom(5);
        for (double weight : weights) {
            assertThat(weight).isEqualTo(reference.normal(0.0, Math.sqrt(2.0 / FAN_IN)));
        }
        assertThat(biases[0]).isEqualTo(reference.normal(0.0, Math.sqrt(2.0 / FAN_IN)));
        assertThat(biases[1]).isEqualTo(reference.normal(0.0, Math.sqrt(2.0 / FAN_IN)));
        assertThat(biases[2]).isEqualTo(7.0);
    }
}
