package io.relulab.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** PReLU as a function of its slope: ∂f/∂α checked numerically, static and instance forms agree. */
class PReluTest {

    @Test
    void derivativeWithRespectToAlphaMatchesCentralDifference() {
        double h = 1e-6;
        for (double alpha : new double[] {0.0, 0.25, -0.3, 1.7}) {
            for (int i = -5000; i <= 5000; i++) {
                double x = i / 100.0;
                double numeric = (PRelu.value(x, alpha + h) - PRelu.value(x, alpha - h)) / (2 * h);
                double analytic = new PRelu(alpha).derivativeWithRespectToAlpha(x);
                assertThat(analytic).as("∂f/∂α at x=%s, α=%s", x, alpha)
                        .isCloseTo(numeric, within(1e-6 * Math.abs(numeric) + 1e-8));
            }
        }
    }

    @Test
    void alphaDerivativeIsTheInputOnTheNegativeSideAndZeroElsewhere() {
        assertThat(PRelu.alphaDerivative(-2.5)).isEqualTo(-2.5);
        assertThat(PRelu.alphaDerivative(0.0)).isEqualTo(0.0);
        assertThat(PRelu.alphaDerivative(3.0)).isEqualTo(0.0);
        assertThat(PRelu.alphaDerivative(Double.NaN)).isNaN();
    }

    @Test
    void staticFormsGiveExactlyTheInstanceNumbers() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double alpha = random.nextDouble(-1, 2);
            double x = i == 0 ? 0.0 : random.nextDouble(-10, 10);
            PRelu prelu = new PRelu(alpha);
            assertThat(PRelu.value(x, alpha)).isEqualTo(prelu.value(x));
            assertThat(PRelu.derivative(x, alpha)).isEqualTo(prelu.derivative(x));
        }
    }

    @Test
    void branchFreeSlopeIsExactlyOneOrAlphaAtEverySpecialValue() {
        double[] alphas = {0.0, 0.25, -0.5, 1.7, 0.1};
        double[] positives = {Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1.0, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        double[] nonPositives = {0.0, -0.0, -Double.MIN_VALUE, -Double.MIN_NORMAL, -1.0, -Double.MAX_VALUE, Double.NEGATIVE_INFINITY};
        for (double alpha : alphas) {
            for (double x : positives) {
                assertThat(Double.doubleToRawLongBits(PRelu.slope(x, alpha))).as("slope(%s, %s)", x, alpha)
                        .isEqualTo(Double.doubleToRawLongBits(1.0));
                assertThat(Double.doubleToRawLongBits(x * PRelu.slope(x, alpha)))
                        .isEqualTo(Double.doubleToRawLongBits(PRelu.value(x, alpha)));
            }
            for (double x : nonPositives) {
                assertThat(Double.doubleToRawLongBits(PRelu.slope(x, alpha))).as("slope(%s, %s)", x, alpha)
                        .isEqualTo(Double.doubleToRawLongBits(PRelu.derivative(x, alpha)));
                double value = PRelu.value(x, alpha);
                if (Double.isNaN(value)) {
                    assertThat(x * PRelu.slope(x, alpha)).as("value(%s, %s)", x, alpha).isNaN();
                } else {
                    assertThat(Double.doubleToRawLongBits(x * PRelu.slope(x, alpha))).as("value(%s, %s)", x, alpha)
                            .isEqualTo(Double.doubleToRawLongBits(value));
                }
            }
            assertThat(PRelu.slope(Double.NaN, alpha)).isNaN();
        }
    }

    @Test
    void zeroSlopeIsReluAndCanDieButAnyOtherSlopeCannot() {
        PRelu zero = new PRelu();
        Relu relu = new Relu();
        for (double x : new double[] {-3, -0.5, 0, 0.5, 3}) {
            assertThat(zero.value(x)).isEqualTo(relu.value(x));
            assertThat(zero.derivative(x)).isEqualTo(relu.derivative(x));
        }
        assertThat(zero.canDie()).isTrue();
        assertThat(new PRelu(0.25).canDie()).isFalse();
        assertThat(new PRelu(-0.1).canDie()).isFalse();
    }
}
