package io.relulab.data.synthetic;

import io.relulab.data.Dataset;
import io.relulab.random.NumpyRandom;
import java.util.OptionalDouble;

/**
 * scikit-learn 1.2.1's {@code make_circles(n_samples=100, shuffle=True, noise=None, random_state,
 * factor=0.8)}: a large circle containing a smaller one. Outer: {@code (cos t, sin t)}, inner: {@code
 * (cos t · factor, sin t · factor)}, {@code t = linspace(0, 2π, n, endpoint=False)}; class 0 is the
 * outer circle. Draws as scikit-learn; {@code sin}/{@code cos} from {@link StrictMath} (may differ
 * from the C library by one ulp).
 *
 * @param samplesOut points on the outer circle ({@code n_samples // 2})
 * @param samplesIn points on the inner circle
 * @param shuffle whether to shuffle the rows (default true)
 * @param noise standard deviation of the Gaussian noise, or empty for none
 * @param factor scale of the inner circle, in [0, 1) (default {@value #DEFAULT_FACTOR})
 */
public record MakeCircles(int samplesOut, int samplesIn, boolean shuffle, OptionalDouble noise, double factor) {

    /** scikit-learn's default {@code factor}. */
    public static final double DEFAULT_FACTOR = 0.8;

    public MakeCircles {
        if (factor >= 1 || factor < 0 || Double.isNaN(factor)) {
            throw new IllegalArgumentException("'factor' has to be between 0 and 1 (got " + factor + ").");
        }
        TwoCurves.validate(samplesOut, samplesIn, noise);
    }

    /** {@code make_circles(n_samples=samples)} with the other defaults. */
    public static MakeCircles of(int samples) {
        return new MakeCircles(samples / 2, samples - samples / 2, MakeMoons.DEFAULT_SHUFFLE, OptionalDouble.empty(), DEFAULT_FACTOR);
    }

    public MakeCircles withNoise(double noise) {
        return new MakeCircles(samplesOut, samplesIn, shuffle, OptionalDouble.of(noise), factor);
    }

    public MakeCircles withFactor(double value) {
        return new MakeCircles(samplesOut, samplesIn, shuffle, noise, value);
    }

    public MakeCircles withShuffle(boolean value) {
        return new MakeCircles(samplesOut, samplesIn, value, noise, factor);
    }

    public Dataset generate(long randomState) {
        return generate(new NumpyRandom(randomState));
    }

    public Dataset generate(NumpyRandom random) {
        double[] outer = TwoCurves.linspace(2 * Math.PI, samplesOut, false);
        double[] inner = TwoCurves.linspace(2 * Math.PI, samplesIn, false);
        double[] outerX = new double[samplesOut];
        double[] outerY = new double[samplesOut];
        double[] innerX = new double[samplesIn];
        double[] innerY = new double[samplesIn];
        for (int i = 0; i < samplesOut; i++) {
            outerX[i] = StrictMath.cos(outer[i]);
            outerY[i] = StrictMath.sin(outer[i]);
        }
        for (int i = 0; i < samplesIn; i++) {
            innerX[i] = StrictMath.cos(inner[i]) * factor;
            innerY[i] = StrictMath.sin(inner[i]) * factor;
        }
        return TwoCurves.assemble(outerX, outerY, innerX, innerY, shuffle, noise, random);
    }
}
