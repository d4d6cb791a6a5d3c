package io.relulab.activation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Activation#largestAbsoluteDerivative}: every registered activation's form gives, bit for bit, the running
 * NaN-keeping maximum of |f′| over the scalar derivative, on ranges with and without positive, non-positive and
 * special values.
 */
class LargestAbsoluteDerivativeTest {

    private static final float[] SPECIALS = {0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE,
        -Float.MIN_VALUE, 6f, -3f, 3f, 20f, -40f, 1e30f, -1e30f};

    @ParameterizedTest
    @MethodSource("io.relulab.activation.ActivationConformanceTest#activations")
    void equalsTheMaximumOfTheScalarDerivative(Activation activation) {
        SplittableRandom random = new SplittableRandom(20261201L);
        for (int trial = 0; trial < 200; trial++) {
            int length = random.nextInt(0, 40);
            float[] values = new float[length + 4];
            int sign = random.nextInt(3); // all positive, all non-positive, or mixed
            for (int i = 0; i < values.length; i++) {
                float magnitude = (float) random.nextDouble(0, 8);
                values[i] = sign == 0 ? magnitude : sign == 1 ? -magnitude : (float) random.nextDouble(-8, 8);
                if (random.nextInt(10) == 0) {
                    values[i] = SPECIALS[random.nextInt(SPECIALS.length)];
                }
            }
            if (trial % 20 == 0 && length > 0) {
                values[2 + random.nextInt(length)] = Float.NaN;
            }
            double expected = 0;
            for (int i = 2; i < 2 + length; i++) {
                expected = Math.max(expected, Math.abs(activation.derivative(values[i])));
            }
            assertThat(Double.doubleToLongBits(activation.largestAbsoluteDerivative(values, 2, 2 + length)))
                    .as("trial %d", trial).isEqualTo(Double.doubleToLongBits(expected));
        }
    }

    @Test
    void rectifiersNeedOnlyTheSigns() {
        float[] mixed = {-1f, 0f, 2f};
        assertThat(new Relu().largestAbsoluteDerivative(mixed, 0, 3)).isEqualTo(1.0);
        assertThat(new Relu().largestAbsoluteDerivative(mixed, 0, 2)).isEqualTo(0.0);
        assertThat(new LeakyRelu(0.1).largestAbsoluteDerivative(mixed, 0, 2)).isEqualTo(0.1);
        assertThat(PRelu.largestAbsoluteDerivative(mixed, 0, 2, -2.5)).isEqualTo(2.5);
        assertThat(PRelu.largestAbsoluteDerivative(mixed, 0, 3, -2.5)).isEqualTo(2.5);
        assertThat(new Relu().largestAbsoluteDerivative(new float[] {1f, Float.NaN}, 0, 2)).isNaN();
        assertThat(new Relu().largestAbsoluteDerivative(mixed, 1, 1)).isEqualTo(0.0);
    }
}
