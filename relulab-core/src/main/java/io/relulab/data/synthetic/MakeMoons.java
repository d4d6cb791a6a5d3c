package io.relulab.data.synthetic;

import io.relulab.data.Dataset;
import io.relulab.random.NumpyRandom;
import java.util.OptionalDouble;

/**
 * scikit-learn 1.2.1's {@code make_moons(n_samples=100, shuffle=True, noise=None, random_state)}: two
 * interleaving half circles. Outer: {@code (cos t, sin t)}, inner: {@code (1 - cos t, (1 - sin t) -
 * 0.5)} with {@code t = linspace(0, π, n)}; class 0 is the outer moon. The draws (shuffle, then
 * noise) are scikit-learn's; {@code sin} and {@code cos} are {@link StrictMath}'s, which may differ
 * from the C library's by one ulp (≤ 1e-15 absolute here).
 *
 * @param samplesOut points on the outer moon ({@code n_samples // 2} for an int n_samples)
 * @param samplesIn points on the inner moon ({@code n_samples - n_samples // 2})
 * @param shuffle whether to shuffle the rows (default true)
 * @param noise standard deviation of Gaussian noise added to every coordinate, or empty for none
 *     (scikit-learn's {@code None}, which makes no draws)
 */
public record MakeMoons(int samplesOut, int samplesIn, boolean shuffle, OptionalDouble noise) {

    /** scikit-learn's default {@code n_samples} of {@code make_moons} and {@code make_circles}. */
    public static final int DEFAULT_SAMPLES = 100;
    /** scikit-learn's default {@code shuffle} of {@code make_moons} and {@code make_circles}. */
    public static final boolean DEFAULT_SHUFFLE = true;

    public MakeMoons {
        TwoCurves.validate(samplesOut, samplesIn, noise);
    }

    /** {@code make_moons(n_samples=samples, shuffle=True, noise=None)}. */
    public static MakeMoons of(int samples) {
        return new MakeMoons(samples / 2, samples - samples / 2, DEFAULT_SHUFFLE, OptionalDouble.empty());
    }

    /** The same with noise of standard deviation {@code noise}. */
    public MakeMoons withNoise(double noise) {
        return new MakeMoons(samplesOut, samplesIn, shuffle, OptionalDouble.of(noise));
    }

    /** The same with or without shuffling. */
    public MakeMoons withShuffle(boolean value) {
        return new MakeMoons(samplesOut, samplesIn, value, noise);
    }

    public Dataset generate(long randomState) {
        return generate(new NumpyRandom(randomState));
    }

    public Dataset generate(NumpyRandom random) {
        double[] outer = TwoCurves.linspace(Math.PI, samplesOut, true);
        double[] inner = TwoCurves.linspace(Math.PI, samplesIn, true);
        double[] outerX = new double[samplesOut];
        double[] outerY = new double[samplesOut];
        double[] innerX = new double[samplesIn];
        double[] innerY = new double[samplesIn];
        for (int i = 0; i < samplesOut; i++) {
            outerX[i] = StrictMath.cos(outer[i]);
            outerY[i] = StrictMath.sin(outer[i]);
        }
        for (int i = 0; i < samplesIn; i++) {
            innerX[i] = 1 - StrictMath.cos(inner[i]);
            innerY[i] = 1 - StrictMath.sin(inner[i]) - 0.5;
        }
        return TwoCurves.assemble(outerX, outerY, innerX, innerY, shuffle, noise, random);
    }
}
