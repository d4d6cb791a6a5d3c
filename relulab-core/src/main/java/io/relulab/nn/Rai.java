package io.relulab.nn;

import io.relulab.random.NumpyRandom;

/**
 * Randomized asymmetric initialisation (RAI) of Lu, Shin, Su and Karniadakis, "Dying ReLU and
 * Initialization: Theory and Numerical Examples", Commun. Comput. Phys. 28(5), 2020 (arXiv:1903.06733);
 * {@code docs/specs/activations-and-remedies.md} §3.1.
 *
 * <p>For each unit j of a layer with fan-in n, its n + 1 incoming parameters (n weights, then the bias)
 * are drawn i.i.d. from N(0, σ²) with σ = {@value #SIGMA_NUMERATOR}/√n; then one of the n + 1 positions,
 * chosen uniformly, is overwritten by a draw from Beta(2, 1), sampled as √U (its CDF is x² on [0, 1]).
 * For non-negative inputs this makes each unit active with probability above ½.
 *
 * <p>Order of draws, unit by unit: n + 1 normals (weights by input index, then the bias), one uniform
 * for the position ⌊U·(n + 1)⌋, one uniform for the Beta draw. RAI sets the biases itself, so a layer's
 * bias initializer is not used ({@link #drawsBiases()} is true), and {@link #reinitializeUnits} re-draws
 * the chosen units' biases too.
 */
public record Rai() implements Initializer {

    /** The name used by the command line and in results. */
    public static final String SPEC = "rai";

    /** σ·√fan_in, the value used by every public implementation (the paper's second-moment analysis). */
    public static final double SIGMA_NUMERATOR = 0.6007;

    @Override
    public String spec() {
        return SPEC;
    }

    /** One symmetric draw N(0, (0.6007/√fan_in)²) — the part of RAI that is independent per entry. */
    @Override
    public double sample(int fanIn, int fanOut, NumpyRandom random) {
        return random.normal(0.0, SIGMA_NUMERATOR / Math.sqrt(fanIn));
    }

    @Override
    public boolean drawsBiases() {
        return true;
    }

    @Override
    public void initializeKernel(Dense dense, NumpyRandom random) {
        for (int unit = 0; unit < dense.fanOut(); unit++) {
            drawUnit(dense, unit, random);
        }
    }

    /**
     * Unsupported: RAI draws the biases together with the kernel ({@link #initializeKernel}), so it
     * cannot serve as a separate bias initializer.
     */
    @Override
    public void initializeBiases(Dense dense, NumpyRandom random) {
        throw new UnsupportedOperationException("rai draws a layer's biases with its kernel; it cannot be a bias initializer");
    }

    @Override
    public void reinitializeUnits(Dense dense, int[] units, NumpyRandom random) {
        for (int unit : units) {
            java.util.Objects.checkIndex(unit, dense.fanOut());
            drawUnit(dense, unit, random);
        }
    }

    private static void drawUnit(Dense dense, int unit, NumpyRandom random) {
        int fanIn = dense.fanIn();
        int fanOut = dense.fanOut();
        double[] kernel = dense.weights().values();
        double[] biases = dense.biases().values();
        double sigma = SIGMA_NUMERATOR / Math.sqrt(fanIn);
        for (int i = 0; i < fanIn; i++) {
            kernel[i * fanOut + unit] = random.normal(0.0, sigma);
        }
        biases[unit] = random.normal(0.0, sigma);
        int position = (int) (random.randomSample() * (fanIn + 1));
        double beta = Math.sqrt(random.randomSample());
        if (position == fanIn) {
            biases[unit] = beta;
        } else {
            kernel[position * fanOut + unit] = beta;
        }
    }
}
