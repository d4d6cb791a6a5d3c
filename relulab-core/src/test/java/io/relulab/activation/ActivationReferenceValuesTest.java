package io.relulab.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reference values of docs/specs/activations-and-remedies.md §1.5 (float64, 12 decimals for f, 9 for f′),
 * the conventions at the kinks of §1.2, and the derived facts of §1.1.
 */
class ActivationReferenceValuesTest {

    private static final double[] X = {-3, -1, -0.5, 0, 0.5, 1, 3};

    static Stream<Arguments> valueRows() {
        return Stream.of(
                Arguments.of(new LeakyRelu(0.01), new double[] {-0.03, -0.01, -0.005, 0, 0.5, 1, 3}),
                Arguments.of(new Elu(1.0), new double[] {
                    -0.950212931632, -0.632120558829, -0.393469340287, 0, 0.5, 1, 3}),
                Arguments.of(new Celu(1.0), new double[] {
                    -0.950212931632, -0.632120558829, -0.393469340287, 0, 0.5, 1, 3}),
                Arguments.of(new Selu(), new double[] {
                    -1.670568728767, -1.111330737813, -0.691758187803, 0, 0.525350493678, 1.050700987355,
                    3.152102962066}),
                Arguments.of(new Gelu(), new double[] {
                    -0.004049694095, -0.158655253931, -0.154268769363, 0, 0.345731230637, 0.841344746069,
                    2.995950305905}),
                Arguments.of(new Gelu(Gelu.Approximation.TANH), new double[] {
                    -0.003637392082, -0.158808009392, -0.154285990175, 0, 0.345714009825, 0.841191990608,
                    2.996362607918}),
                Arguments.of(new Swish(), new double[] {
                    -0.142277619533, -0.268941421370, -0.188770334399, 0, 0.311229665601, 0.731058578630,
                    2.857722380467}),
                Arguments.of(new Mish(), new double[] {
                    -0.145647461276, -0.303401461374, -0.220743774652, 0, 0.375245211305, 0.865098388267,
                    2.986535004968}),
                Arguments.of(new Softplus(), new double[] {
                    0.048587351574, 0.313261687518, 0.474076984180, 0.693147180560, 0.974076984180,
                    1.313261687518, 3.048587351574}),
                Arguments.of(new Hardswish(), new double[] {
                    0, -0.333333333333, -0.208333333333, 0, 0.291666666667, 0.666666666667, 3}));
    }

    @ParameterizedTest
    @MethodSource("valueRows")
    void valuesMatchTheReferenceTable(Activation activation, double[] expected) {
        for (int i = 0; i < X.length; i++) {
            assertThat(activation.value(X[i])).as("%s at %s", activation.spec(), X[i]).isCloseTo(expected[i], within(1e-12));
        }
    }

    /** f′ at x = −1, 0.5, 1. */
    static Stream<Arguments> derivativeRows() {
        return Stream.of(
                Arguments.of(new Elu(), new double[] {0.367879441, 1, 1}),
                Arguments.of(new Selu(), new double[] {0.646768603, 1.050700987, 1.050700987}),
                Arguments.of(new Gelu(), new double[] {-0.083315471, 0.867495125, 1.083315471}),
                Arguments.of(new Gelu(Gelu.Approximation.TANH), new double[] {-0.082964084, 0.867369904, 1.082964084}),
                Arguments.of(new Swish(), new double[] {0.072329488, 0.739961187, 0.927670512}),
                Arguments.of(new Mish(), new double[] {0.059216756, 0.886424375, 1.049036220}),
                Arguments.of(new Softplus(), new double[] {0.268941421, 0.622459331, 0.731058579}));
    }

    @ParameterizedTest
    @MethodSource("derivativeRows")
    void derivativesMatchTheReferenceTable(Activation activation, double[] expected) {
        double[] x = {-1, 0.5, 1};
        for (int i = 0; i < x.length; i++) {
            assertThat(activation.derivative(x[i])).as("%s′ at %s", activation.spec(), x[i]).isCloseTo(expected[i], within(6e-10));
        }
    }

    static Stream<Arguments> kinkRows() {
        return Stream.of(
                Arguments.of(new Relu(), 0.0, 0.0),
                Arguments.of(new LeakyRelu(0.1), 0.0, 0.1),
                Arguments.of(new LeakyRelu(0.01), 0.0, 0.01),
                Arguments.of(new PRelu(0.25), 0.0, 0.25),
                Arguments.of(new PRelu(), 0.0, 0.0),
                Arguments.of(new Elu(), 0.0, 1.0),
                Arguments.of(new Elu(2.5), 0.0, 2.5),
                Arguments.of(new Selu(), 0.0, Selu.SCALE * Selu.ALPHA),
                Arguments.of(new Celu(0.5), 0.0, 1.0),
                Arguments.of(new Celu(3.0), 0.0, 1.0),
                Arguments.of(new Relu6(), 0.0, 0.0),
                Arguments.of(new Relu6(), 6.0, 0.0),
                Arguments.of(new Hardswish(), -3.0, -0.5),
                Arguments.of(new Hardswish(), 3.0, 1.5),
                Arguments.of(new Rrelu(), 0.0, (1.0 / 8 + 1.0 / 3) / 2),
                Arguments.of(new Softplus(), 20.0, 1.0 / (1.0 + Math.exp(-20.0))));
    }

    @ParameterizedTest
    @MethodSource("kinkRows")
    void derivativeAtTheKinkFollowsPyTorch(Activation activation, double kink, double expected) {
        assertThat(activation.derivative(kink)).isEqualTo(expected);
    }

    @Test
    void seluConstantsAreThePapers() {
        assertThat(Selu.ALPHA).isEqualTo(1.6732632423543772);
        assertThat(Selu.SCALE).isEqualTo(1.0507009873554805);
        assertThat(Selu.NEGATIVE_COEFFICIENT).isCloseTo(1.7580993408473768599, within(1e-15));
    }

    @Test
    void rreluDefaultsAreNotIntegerDivision() {
        assertThat(new Rrelu().lower()).isEqualTo(0.125);
        assertThat(new Rrelu().upper()).isEqualTo(0.3333333333333333);
        assertThat(new Rrelu().meanSlope()).isCloseTo(0.22917, within(1e-5));
    }

    @Test
    void minimaOfTheSmoothActivationsAreWhereTheDerivativeVanishes() {
        // values as in docs/specs/activations-and-remedies.md §1.1; the locations there are off in the 9th-8th digit (e.g. SiLU −1.2784645614),
        // so these are recomputed with mpmath at 30 digits (findroot of f′): see the commit message
        assertMinimum(new Mish(), -1.1924312145, -0.3088434130);
        assertMinimum(new Swish(), -1.2784645428, -0.2784645428);
        assertMinimum(new Gelu(), -0.7517915247, -0.1699712075);
    }

    private static void assertMinimum(Activation activation, double at, double value) {
        assertThat(activation.value(at)).isCloseTo(value, within(1e-10));
        assertThat(activation.derivative(at)).isCloseTo(0.0, within(1e-9));
        assertThat(activation.derivative(at - 1e-3)).isNegative();
        assertThat(activation.derivative(at + 1e-3)).isPositive();
    }

    @Test
    void tanhApproximationOfGeluIsOffByAtMostAbout4point73eMinus4NearMinus2point70() {
        Gelu exact = new Gelu();
        Gelu tanh = new Gelu(Gelu.Approximation.TANH);
        double largest = 0;
        double at = Double.NaN;
        for (int i = -100_000; i <= 100_000; i++) {
            double x = i / 10_000.0;
            double difference = Math.abs(exact.value(x) - tanh.value(x));
            if (difference > largest) {
                largest = difference;
                at = x;
            }
        }
        assertThat(largest).isCloseTo(4.73e-4, within(0.005e-4));
        assertThat(at).isCloseTo(-2.70, within(0.01));
    }

    @Test
    void softplusSwitchToTheIdentityLosesAbout2eMinus9() {
        double smooth = new Softplus(1.0, Double.POSITIVE_INFINITY).value(20.0 + 1e-9);
        double switched = new Softplus().value(20.0 + 1e-9);
        assertThat(switched).isEqualTo(20.0 + 1e-9);
        assertThat(smooth - switched).isCloseTo(2.06e-9, within(0.01e-9));
    }

    @Test
    void eluUsesExpm1SoTinyNegativeInputsKeepTheirRelativePrecision() {
        double x = -1e-20;
        assertThat(new Elu().value(x)).isEqualTo(-1e-20);
        assertThat(new Selu().value(x)).isEqualTo(Selu.NEGATIVE_COEFFICIENT * -1e-20);
        assertThat(new Celu(2.0).value(x)).isEqualTo(-1e-20);
    }

    @Test
    void sigmoidAndTanhDerivativesKeepRelativePrecisionInTheTails() {
        // σ′(−40) = e^−40/(1+e^−40)² and tanh′(20) = 4e^−40/(1+e^−40)²: far below 1 − σ or 1 − tanh² resolution
        double e40 = Math.exp(-40.0);
        assertThat(new Sigmoid().derivative(-40.0)).isCloseTo(e40, within(1e-30));
        assertThat(new Sigmoid().derivative(40.0)).isCloseTo(e40, within(1e-30));
        assertThat(new Tanh().derivative(20.0)).isCloseTo(4 * e40, within(1e-30));
        assertThat(new Sigmoid().value(-800.0)).isEqualTo(0.0);
        assertThat(new Sigmoid().value(800.0)).isEqualTo(1.0);
    }
}
