package io.relulab.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance harness run against every activation (several parameter values each): derivative
 * against a central difference on a grid over [−50, 50] and next to the kinks, finite results at extreme
 * inputs, NaN propagation, the convention at the kinks, array forms equal to scalar forms bit for bit,
 * and spec strings.
 */
class ActivationConformanceTest {

    /** Central-difference step (docs/ARCHITECTURE.md §8). */
    private static final double H = 1e-6;
    /** Relative tolerance of the gradient check away from kinks. */
    private static final double RELATIVE_TOLERANCE = 1e-6;
    /** Offsets from each kink at which the gradient is checked on both sides (all well beyond H). */
    private static final double[] KINK_OFFSETS = {1e-5, 1e-4, 1e-3, 1e-2, 0.1};
    /** Extreme inputs at which every activation here has a finite true value and derivative. */
    private static final double[] EXTREMES = {
        1e3, -1e3, 1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE, 0.0, -0.0, 745.0, -745.0, 1e-300, -1e-300};

    /** Every example of every registered type ({@link Activations#TYPES}). */
    static Stream<Arguments> activations() {
        return Activations.examples().stream().map(a -> Arguments.of(Named.of(a.spec(), a)));
    }

    /** Points where f′ is discontinuous (or f itself, for Softplus' switch), to be stepped around: the registry's. */
    static double[] kinks(Activation activation) {
        return Activations.typeOf(activation).kinks(activation);
    }

    static double[] gradientCheckPoints(Activation activation) {
        List<Double> points = new ArrayList<>();
        for (int i = -5000; i <= 5000; i++) {
            points.add(i / 100.0); // −50, −49.99, …, 50: lands on every integer kink
        }
        for (int i = 0; i < 500; i++) {
            points.add(-50.0 + 100.0 * ((i * 0.6180339887498949) % 1.0)); // irregular points
        }
        for (double kink : kinks(activation)) {
            for (double offset : KINK_OFFSETS) {
                points.add(kink - offset);
                points.add(kink + offset);
            }
        }
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static boolean nearKink(Activation activation, double x) {
        for (double kink : kinks(activation)) {
            if (Math.abs(x - kink) <= 2 * H * Math.max(1.0, Math.abs(kink))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compares f′(x) with (f(x+h) − f(x−h))/((x+h) − (x−h)). Allowed error: 1e-6 relative, plus the
     * rounding error of the difference quotient (a few ulps of f divided by the step) and 1e-12.
     */
    static String gradientMismatch(Activation activation, double x) {
        double plus = x + H;
        double minus = x - H;
        double fPlus = activation.value(plus);
        double fMinus = activation.value(minus);
        double numeric = (fPlus - fMinus) / (plus - minus);
        double analytic = activation.derivative(x);
        double roundingGuard = 8 * Math.max(Math.ulp(fPlus), Math.ulp(fMinus)) / (plus - minus);
        double allowed = RELATIVE_TOLERANCE * Math.max(Math.abs(analytic), Math.abs(numeric)) + roundingGuard + 1e-12;
        if (!(Math.abs(numeric - analytic) <= allowed)) {
            return String.format("x=%s analytic=%s numeric=%s allowed=%s", x, analytic, numeric, allowed);
        }
        return null;
    }

    @ParameterizedTest
    @MethodSource("activations")
    void derivativeMatchesCentralDifferenceAwayFromKinks(Activation activation) {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (double x : gradientCheckPoints(activation)) {
            if (nearKink(activation, x)) {
                continue;
            }
            checked++;
            String mismatch = gradientMismatch(activation, x);
            if (mismatch != null) {
                mismatches.add(mismatch);
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(mismatches).as("gradient mismatches of %s", activation.spec()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("activations")
    void extremeInputsGiveFiniteValuesAndDerivatives(Activation activation) {
        for (double x : EXTREMES) {
            assertThat(activation.value(x)).as("%s value at %s", activation.spec(), x).isFinite();
            assertThat(activation.derivative(x)).as("%s derivative at %s", activation.spec(), x).isFinite();
        }
    }

    @ParameterizedTest
    @MethodSource("activations")
    void extremeInputsGiveTheLimitingValues(Activation activation) {
        // far right every activation is linear (the identity up to its scale) or saturated (constant)
        double right = activation.value(1e300);
        double halfway = activation.value(5e299);
        boolean linear = Math.abs(right - 2 * halfway) <= 1e-15 * Math.abs(right);
        assertThat(linear || right == halfway).as("%s far right: f(1e300) = %s, f(5e299) = %s", activation.spec(), right, halfway)
                .isTrue();
        // the derivative at a tiny positive input equals the one just right of 0
        assertThat(activation.derivative(Double.MIN_VALUE))
                .isCloseTo(activation.derivative(1e-12), org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @MethodSource("activations")
    void notANumberPropagates(Activation activation) {
        assertThat(activation.value(Double.NaN)).isNaN();
        assertThat(activation.derivative(Double.NaN)).isNaN();
    }

    @ParameterizedTest
    @MethodSource("activations")
    void negativeZeroBehavesLikeZero(Activation activation) {
        assertThat(activation.value(-0.0) == activation.value(0.0)).as("f(-0.0) == f(0.0)").isTrue();
        assertThat(activation.derivative(-0.0)).isEqualTo(activation.derivative(0.0));
    }

    /** Special inputs at the start of every array checked against the scalar forms. */
    private static final double[] ARRAY_SPECIALS = {
        0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, 1e300, -1e300, 1e3, -1e3, 6.0, -3.0, 3.0, 20.0, 40.0, 40.000001, -40.0, -745.0};

    /** 1000 inputs: {@link #ARRAY_SPECIALS} first, then a third in [−60, 60) and the rest in [−4, 4). */
    private static double[] mixedInputs(SplittableRandom random) {
        double[] input = new double[1000];
        for (int i = 0; i < input.length; i++) {
            input[i] = i < ARRAY_SPECIALS.length ? ARRAY_SPECIALS[i]
                    : i % 3 == 0 ? random.nextDouble(-60.0, 60.0) : random.nextDouble(-4.0, 4.0);
        }
        return input;
    }

    @ParameterizedTest
    @MethodSource("activations")
    void arrayFormsEqualScalarFormsBitForBit(Activation activation) {
        SplittableRandom random = new SplittableRandom(20240601L);
        double[] input = mixedInputs(random);
        for (double kink : kinks(activation)) {
            input[input.length - 1] = kink;
        }
        int from = 3;
        int to = input.length - 2;
        double[] values = input.clone();
        double[] derivatives = input.clone();
        activation.valuesInPlace(values, from, to);
        activation.derivativesInPlace(derivatives, from, to);
        for (int i = 0; i < input.length; i++) {
            double expectedValue = i >= from && i < to ? activation.value(input[i]) : input[i];
            double expectedDerivative = i >= from && i < to ? activation.derivative(input[i]) : input[i];
            assertThat(Double.doubleToLongBits(values[i])).as("value at index %d, x=%s", i, input[i])
                    .isEqualTo(Double.doubleToLongBits(expectedValue));
            assertThat(Double.doubleToLongBits(derivatives[i])).as("derivative at index %d, x=%s", i, input[i])
                    .isEqualTo(Double.doubleToLongBits(expectedDerivative));
        }
    }

    @ParameterizedTest
    @MethodSource("activations")
    void intoFormsEqualInPlaceFormsBitForBit(Activation activation) {
        SplittableRandom random = new SplittableRandom(20240603L);
        double[] z = mixedInputs(random);
        for (double kink : kinks(activation)) {
            z[z.length - 1] = kink;
        }
        int from = 3;
        int to = z.length - 2;
        double[] inPlace = z.clone();
        activation.valuesInPlace(inPlace, from, to);
        double[] into = random.doubles(z.length, -1.0, 1.0).toArray();
        double[] untouched = into.clone();
        activation.valuesInto(z, into, from, to);
        double[] upstream = random.doubles(z.length, -3.0, 3.0).toArray();
        double[] gradientsInPlace = upstream.clone();
        activation.backwardInPlace(z, inPlace, gradientsInPlace, from, to);
        double[] gradientsInto = random.doubles(z.length, -1.0, 1.0).toArray();
        double[] gradientsUntouched = gradientsInto.clone();
        activation.backwardInto(z, inPlace, upstream, gradientsInto, from, to);
        for (int i = 0; i < z.length; i++) {
            boolean inside = i >= from && i < to;
            assertThat(Double.doubleToRawLongBits(into[i])).as("value at index %d, x=%s", i, z[i])
                    .isEqualTo(Double.doubleToRawLongBits(inside ? inPlace[i] : untouched[i]));
            assertThat(Double.doubleToRawLongBits(gradientsInto[i])).as("gradient at index %d, z=%s", i, z[i])
                    .isEqualTo(Double.doubleToRawLongBits(inside ? gradientsInPlace[i] : gradientsUntouched[i]));
        }
    }

    @ParameterizedTest
    @MethodSource("activations")
    void backwardMultipliesByTheDerivative(Activation activation) {
        SplittableRandom random = new SplittableRandom(20240602L);
        double[] z = mixedInputs(random);
        double[] upstream = random.doubles(z.length, -3.0, 3.0).toArray();
        double[] y = z.clone();
        activation.valuesInPlace(y, 0, z.length);
        int from = 3;
        int to = z.length - 2;
        double[] gradients = upstream.clone();
        activation.backwardInPlace(z, y, gradients, from, to);
        for (int i = 0; i < z.length; i++) {
            if (i < from || i >= to) {
                assertThat(gradients[i]).as("untouched gradient at index %d", i).isEqualTo(upstream[i]);
                continue;
            }
            double expected = upstream[i] * activation.derivative(z[i]);
            if (Double.isNaN(expected)) {
                assertThat(gradients[i]).as("gradient at z=%s", z[i]).isNaN();
            } else {
                // the same numbers, or (the ELU family, which uses f(z): ELU f(z) + α, SELU f(z) + λα, CELU f(z)/α + 1)
                // equal to within a few roundings of max(1, f′)
                double scale = Math.max(1.0, Math.abs(activation.derivative(z[i])));
                assertThat(gradients[i]).as("gradient at index %d, z=%s", i, z[i])
                        .isCloseTo(expected, within(Math.abs(upstream[i]) * 8 * Math.ulp(scale)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("activations")
    void specIsCanonicalAndStable(Activation activation) {
        String spec = activation.spec();
        assertThat(Activations.typeOf(activation).name()).isEqualTo(ActivationType.nameOf(spec));
        assertThat(spec).doesNotContain(" ");
        // the parameters in the spec are exactly the record's, so equal specs mean equal activations
        long sameSpec = activations().map(a -> (Activation) ((Named<?>) a.get()[0]).getPayload())
                .filter(other -> other.spec().equals(spec)).count();
        assertThat(sameSpec).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("activations")
    void canDieExactlyWhenTheDerivativeVanishesOnAHalfLine(Activation activation) {
        // the derivative is exactly 0 on a whole interval iff the unit can die
        boolean vanishesSomewhere = Arrays.stream(new double[] {-10, -5, -4, 10})
                .anyMatch(x -> activation.derivative(x) == 0.0 && activation.derivative(x + 0.5) == 0.0);
        assertThat(activation.canDie()).as("canDie of %s", activation.spec()).isEqualTo(vanishesSomewhere);
    }
}
