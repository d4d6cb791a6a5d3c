package io.relulab.diagnostics;

import java.util.Arrays;
import java.util.Objects;

/**
 * Mutable accumulator of per-unit statistics over probe values; {@link #measures} turns it into the
 * immutable {@link UnitMeasures} (the definitions are in the package documentation). A "unit" is whatever
 * the caller says it is: a hidden unit of a dense layer (one value per probe row), a convolution channel
 * (one value per row and spatial position) or a transformer feature (one per row and token). Values may be
 * added one at a time or a row-major batch at a time; either way the result is the same, because every sum
 * is taken in the order the values arrive.
 *
 * <p>Per unit j it keeps: whether any output was &gt; 0 (not inactive), whether any derivative was ≠ 0
 * (not dead), the largest |f_j′(z)| (saturation), Σ|h| (ReDo score), the count of z &gt; 0 (activation
 * probability), the smallest and largest z, and the number of values. It allocates nothing per value.
 */
public final class UnitStatistics {

    /** ReDo's guard against a silent layer: score = mean|h_i| / (layer mean + {@value}) (Sokar et al. code). */
    public static final double SCORE_EPSILON = 1e-9;

    private final int units;
    private final UnitDerivative derivative;
    private final boolean[] anyPositiveOutput;
    private final double[] largestAbsoluteDerivative;
    private final double[] absoluteOutputSums;
    private final long[] positivePreActivations;
    private final long[] values;
    private final double[] smallestPreActivation;
    private final double[] largestPreActivation;

    /**
     * @param units      number of units (≥ 1)
     * @param derivative each unit's activation derivative, evaluated in double
     */
    public UnitStatistics(int units, UnitDerivative derivative) {
        if (units < 1) {
            throw new IllegalArgumentException("units must be at least 1, got " + units);
        }
        this.units = units;
        this.derivative = Objects.requireNonNull(derivative, "derivative");
        this.anyPositiveOutput = new boolean[units];
        this.largestAbsoluteDerivative = new double[units];
        this.absoluteOutputSums = new double[units];
        this.positivePreActivations = new long[units];
        this.values = new long[units];
        this.smallestPreActivation = new double[units];
        this.largestPreActivation = new double[units];
        Arrays.fill(smallestPreActivation, Double.POSITIVE_INFINITY);
        Arrays.fill(largestPreActivation, Double.NEGATIVE_INFINITY);
    }

    /** The number of units. */
    public int units() {
        return units;
    }

    /** Adds one value of unit {@code unit}: its pre-activation z and output h = f(z). */
    public void add(int unit, double preActivation, double output) {
        if (output > 0) {
            anyPositiveOutput[unit] = true;
        }
        double slope = Math.abs(derivative.at(unit, preActivation));
        if (slope > largestAbsoluteDerivative[unit] || Double.isNaN(slope)) {
            largestAbsoluteDerivative[unit] = slope;
        }
        absoluteOutputSums[unit] += Math.abs(output);
        if (preActivation > 0) {
            positivePreActivations[unit]++;
        }
        if (preActivation < smallestPreActivation[unit]) {
            smallestPreActivation[unit] = preActivation;
        }
        if (preActivation > largestPreActivation[unit]) {
            largestPreActivation[unit] = preActivation;
        }
        values[unit]++;
    }

    /**
     * Adds {@code rows} rows of a row-major rows × units batch: pre-activations z and outputs f(z).
     *
     * @throws IllegalArgumentException if the arrays are shorter than rows × units
     */
    public void addRows(double[] preActivations, double[] outputs, int rows) {
        long needed = (long) rows * units;
        if (rows < 0 || preActivations.length < needed || outputs.length < needed) {
            throw new IllegalArgumentException("a batch of " + rows + " rows x " + units + " units needs " + needed
                    + " values, got " + preActivations.length + " pre-activations and " + outputs.length + " outputs");
        }
        for (int row = 0; row < rows; row++) {
            int offset = row * units;
            for (int unit = 0; unit < units; unit++) {
                add(unit, preActivations[offset + unit], outputs[offset + unit]);
            }
        }
    }

    /**
     * The measures over every value added so far.
     *
     * @param tau               dormancy threshold τ ≥ 0: score ≤ τ ⇒ dormant
     * @param saturationEpsilon saturation threshold ε &gt; 0: largest |f′(z)| &lt; ε ⇒ saturated
     * @throws IllegalStateException if some unit has no value
     */
    public UnitMeasures measures(double tau, double saturationEpsilon) {
        double[] meanAbsolute = new double[units];
        double layerSum = 0;
        long positiveTotal = 0;
        long valueTotal = 0;
        for (int unit = 0; unit < units; unit++) {
            if (values[unit] == 0) {
                throw new IllegalStateException("unit " + unit + " has no probe value");
            }
            meanAbsolute[unit] = absoluteOutputSums[unit] / values[unit];
            layerSum += meanAbsolute[unit];
            positiveTotal += positivePreActivations[unit];
            valueTotal += values[unit];
        }
        double layerMean = layerSum / units;
        double[] scores = new double[units];
        double[] probabilities = new double[units];
        boolean[] inactive = new boolean[units];
        boolean[] dead = new boolean[units];
        for (int unit = 0; unit < units; unit++) {
            scores[unit] = meanAbsolute[unit] / (layerMean + SCORE_EPSILON);
            probabilities[unit] = (double) positivePreActivations[unit] / values[unit];
            inactive[unit] = !anyPositiveOutput[unit];
            dead[unit] = largestAbsoluteDerivative[unit] == 0;
        }
        long fewestValues = Arrays.stream(values).min().orElseThrow();
        return UnitMeasures.of(tau, saturationEpsilon, fewestValues, inactive, dead, scores, largestAbsoluteDerivative,
                probabilities, (double) positiveTotal / valueTotal, smallestPreActivation, largestPreActivation);
    }
}
