package io.relulab.simulation;

import java.util.List;

/**
 * Settings of a born-dead Monte Carlo study ({@link BornDeadSimulation}): every combination of width,
 * depth and initialisation is one cell.
 *
 * <p>Network: 1-D input, {@code depth} hidden ReLU layers of {@code width} units, linear output. Input
 * domain [−{@code domainHalfWidth}, +{@code domainHalfWidth}] sampled on a grid of {@code gridPoints}
 * equally spaced points including 0 (defaults √7 and {@value #DEFAULT_GRID_POINTS}, after Lu et al. 2020,
 * whose training data are uniform on [−√7, √7]).
 *
 * @param widths          hidden-layer widths, each ≥ 1
 * @param depths          numbers of hidden layers, each ≥ 1
 * @param initializations initialisations to compare
 * @param trials          networks drawn per cell, ≥ 1
 * @param seed            master seed, ≥ 0; each cell derives its own generator from it
 * @param gridPoints      odd number of grid points ≥ 3 (odd so that 0 is on the grid)
 * @param domainHalfWidth half-width of the input domain, &gt; 0
 */
public record BornDeadConfig(
        List<Integer> widths,
        List<Integer> depths,
        List<BornDeadInitialization> initializations,
        int trials,
        long seed,
        int gridPoints,
        double domainHalfWidth) {

    /** Grid size used by the command line: 401 points, 0 included. */
    public static final int DEFAULT_GRID_POINTS = 401;
    /** Input-domain half-width √7 (Lu et al. 2020: inputs uniform on [−√7, √7]). */
    public static final double DEFAULT_DOMAIN_HALF_WIDTH = Math.sqrt(7.0);

    public BornDeadConfig {
        widths = List.copyOf(widths);
        depths = List.copyOf(depths);
        initializations = List.copyOf(initializations);
        requireAllPositive("widths", widths);
        requireAllPositive("depths", depths);
        if (initializations.isEmpty()) {
            throw new IllegalArgumentException("initializations must not be empty");
        }
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, got " + trials);
        }
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be ≥ 0, got " + seed);
        }
        if (gridPoints < 3 || gridPoints % 2 == 0) {
            throw new IllegalArgumentException("gridPoints must be an odd number ≥ 3 (so that 0 is on the grid), got "
                    + gridPoints);
        }
        if (!(domainHalfWidth > 0) || !Double.isFinite(domainHalfWidth)) {
            throw new IllegalArgumentException("domainHalfWidth must be a finite number > 0, got " + domainHalfWidth);
        }
    }

    /** A configuration with the default grid ({@value #DEFAULT_GRID_POINTS} points on [−√7, √7]). */
    public static BornDeadConfig of(List<Integer> widths, List<Integer> depths,
            List<BornDeadInitialization> initializations, int trials, long seed) {
        return new BornDeadConfig(widths, depths, initializations, trials, seed, DEFAULT_GRID_POINTS,
                DEFAULT_DOMAIN_HALF_WIDTH);
    }

    private static void requireAllPositive(String name, List<Integer> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int value : values) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must all be at least 1, got " + value);
            }
        }
    }
}
