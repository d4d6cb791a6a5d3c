package io.relulab.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** RReLU: random slopes in training (recorded for backward), the mean slope in evaluation. */
class RreluTest {

    /** Counts the draws it passes on, to check that only non-positive inputs consume randomness. */
    private static final class CountingGenerator implements RandomGenerator {
        private final SplittableRandom delegate;
        int draws;

        CountingGenerator(long seed) {
            delegate = new SplittableRandom(seed);
        }

        @Override
        public long nextLong() {
            return delegate.nextLong();
        }

        @Override
        public double nextDouble() {
            draws++;
            return delegate.nextDouble();
        }
    }

    @Test
    void trainingDrawsOneSlopePerNonPositiveElementAndRecordsTheLocalDerivative() {
        Rrelu rrelu = new Rrelu();
        double[] input = new double[2000];
        SplittableRandom inputs = new SplittableRandom(1);
        for (int i = 0; i < input.length; i++) {
            input[i] = i == 5 ? 0.0 : inputs.nextDouble(-5, 5);
        }
        double[] values = input.clone();
        double[] slopes = new double[input.length];
        CountingGenerator generator = new CountingGenerator(42);
        rrelu.trainingValuesInPlace(values, slopes, 0, input.length, generator);

        int nonPositive = 0;
        double slopeSum = 0;
        for (int i = 0; i < input.length; i++) {
            if (input[i] > 0) {
                assertThat(values[i]).isEqualTo(input[i]);
                assertThat(slopes[i]).isEqualTo(1.0);
            } else {
                nonPositive++;
                slopeSum += slopes[i];
                assertThat(slopes[i]).isBetween(rrelu.lower(), rrelu.upper());
                assertThat(values[i]).isEqualTo(slopes[i] * input[i]);
            }
        }
        assertThat(generator.draws).isEqualTo(nonPositive);
        // mean of ~1000 draws from U(1/8, 1/3): standard error ≈ 0.06/√1000 ≈ 0.002
        assertThat(slopeSum / nonPositive).isCloseTo(rrelu.meanSlope(), within(0.01));
    }

    @Test
    void trainingIsReproducibleFromTheSeedAndTouchesOnlyTheRange() {
        Rrelu rrelu = new Rrelu(0.0, 0.5);
        double[] input = {-1, -2, 3, -4, 5, -6, -7};
        double[] first = input.clone();
        double[] second = input.clone();
        double[] firstSlopes = new double[input.length];
        double[] secondSlopes = new double[input.length];
        rrelu.trainingValuesInPlace(first, firstSlopes, 1, 6, new SplittableRandom(3));
        rrelu.trainingValuesInPlace(second, secondSlopes, 1, 6, new SplittableRandom(3));
        assertThat(first).containsExactly(second);
        assertThat(firstSlopes).containsExactly(secondSlopes);
        assertThat(first[0]).isEqualTo(-1);
        assertThat(first[6]).isEqualTo(-7);
        assertThat(firstSlopes[0]).isZero();
        assertThat(firstSlopes[6]).isZero();
    }

    @Test
    void equalBoundsGiveAFixedSlope() {
        Rrelu rrelu = new Rrelu(0.2, 0.2);
        double[] values = {-1, -3};
        double[] slopes = new double[2];
        rrelu.trainingValuesInPlace(values, slopes, 0, 2, new SplittableRandom(9));
        assertThat(slopes).containsExactly(0.2, 0.2);
        assertThat(values).containsExactly(-0.2, -0.2 * 3);
    }

    @Test
    void evaluationUsesTheMeanSlope() {
        Rrelu rrelu = new Rrelu();
        LeakyRelu leaky = new LeakyRelu(rrelu.meanSlope());
        for (double x : new double[] {-3, -1, 0, 1, 3}) {
            assertThat(rrelu.value(x)).isEqualTo(leaky.value(x));
            assertThat(rrelu.derivative(x)).isEqualTo(leaky.derivative(x));
        }
        assertThat(rrelu.canDie()).isFalse();
        assertThat(new Rrelu(0.0, 0.0).canDie()).isTrue();
    }
}
