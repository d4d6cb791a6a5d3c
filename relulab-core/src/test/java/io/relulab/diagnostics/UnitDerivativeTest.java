package io.relulab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.relulab.activation.Activation;
import io.relulab.activation.Activations;
import io.relulab.activation.PRelu;
import io.relulab.nn.ActivationLayer;
import io.relulab.nn.NonlinearLayer;
import io.relulab.nn.PReluLayer;
import io.relulab.random.NumpyRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnitDerivativeTest {

    private static final int ROWS = 23;
    private static final int UNITS = 7;

    static Stream<Activation> everyActivation() {
        return Activations.examples().stream();
    }

    /** Normal values at three scales, with the kinks and special values every activation must get right. */
    private static double[] preActivations(long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        double[] z = new double[ROWS * UNITS];
        double[] special = {0.0, -0.0, 6.0, -6.0, 1e-300, -1e-300, 40, -40, 710, -745, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE};
        for (int i = 0; i < z.length; i++) {
            z[i] = i < special.length ? special[i] : random.standardNormal() * (i % 3 == 0 ? 0.01 : i % 3 == 1 ? 1 : 30);
        }
        return z;
    }

    private static void assertSameNumbersAsDerivativeAt(NonlinearLayer layer, double[] z) {
        double[] slopes = new double[z.length];
        UnitDerivative.of(layer).derivativesOfRows(z, ROWS, UNITS, slopes);
        for (int i = 0; i < z.length; i++) {
            double expected = layer.derivativeAt(i % UNITS, z[i]);
            assertThat(Double.doubleToLongBits(slopes[i])).as("%s at z = %s", layer, z[i])
                    .isEqualTo(Double.doubleToLongBits(expected));
            assertThat(Double.doubleToLongBits(UnitDerivative.of(layer).at(i % UNITS, z[i])))
                    .isEqualTo(Double.doubleToLongBits(expected));
        }
    }

    @ParameterizedTest
    @MethodSource("everyActivation")
    void anActivationLayersBatchOfDerivativesIsItsDerivativeAtEveryValue(Activation activation) {
        assertSameNumbersAsDerivativeAt(new ActivationLayer(activation, UNITS), preActivations(5));
    }

    @Test
    void aPreluLayerKeepsEachUnitsOwnSlope() {
        PReluLayer layer = new PReluLayer("p_re_lu", new PRelu(0.25), UNITS);
        double[] slopes = new double[UNITS];
        for (int unit = 0; unit < UNITS; unit++) {
            slopes[unit] = 0.1 * unit - 0.2;
        }
        layer.slopes().setValuesInPlace(slopes);
        assertSameNumbersAsDerivativeAt(layer, preActivations(6));
    }

    @ParameterizedTest
    @MethodSource("everyActivation")
    void rowsWithTheBatchDerivativeGiveTheMeasuresOfAddingValueByValue(Activation activation) {
        ActivationLayer layer = new ActivationLayer(activation, UNITS);
        double[] z = preActivations(7);
        double[] h = z.clone();
        activation.valuesInPlace(h, 0, h.length);
        UnitStatistics batched = new UnitStatistics(UNITS, UnitDerivative.of(layer));
        batched.addRows(java.util.Arrays.copyOfRange(z, 0, 10 * UNITS), java.util.Arrays.copyOfRange(h, 0, 10 * UNITS), 10);
        batched.addRows(java.util.Arrays.copyOfRange(z, 10 * UNITS, z.length), java.util.Arrays.copyOfRange(h, 10 * UNITS,
                h.length), ROWS - 10);
        UnitStatistics oneByOne = new UnitStatistics(UNITS, (unit, x) -> activation.derivative(x));
        for (int i = 0; i < z.length; i++) {
            oneByOne.add(i % UNITS, z[i], h[i]);
        }
        assertThat(batched.measures(0.1, 1e-3)).isEqualTo(oneByOne.measures(0.1, 1e-3));
    }
}
