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
    /** Scratch for the derivatives of one unit's run of positions in {@link #addFloatBlocks}. */
    private double[] slopes = new double[0];

    /** From this many positions per unit (a convolution's H·W), derivatives are taken in bulk. */
    private static final int BULK_DERIVATIVES = 16;

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
     * Adds a float32 batch whose values are laid out row-major as {@code [outer][units][inner]}: a tensor
     * {@code [N, F]} with its units on axis 1 (outer = N, inner = 1), {@code [N, C, H, W]} with its channels on
     * axis 1 (outer = N, inner = H·W), or {@code [N, T, F]} with its features on the last axis (outer = N·T,
     * inner = 1). Every float is widened to double exactly, so a decision on the pre-activation (z &gt; 0,
     * f′(z) = 0) is the one the model's own float32 values give. Values are added in array order, as
     * {@link #add} would one at a time.
     *
     * @throws IllegalArgumentException if the arrays are shorter than outer × units × inner
     */
    public void addFloatBlocks(float[] preActivations, float[] outputs, int outer, int inner) {
        long needed = (long) outer * units * inner;
        if (outer < 0 || inner < 1 || preActivations.length < needed || outputs.length < needed) {
            throw new IllegalArgumentException("a float batch of " + outer + " x " + units + " units x " + inner + " needs "
                    + needed + " values, got " + preActivations.length + " pre-activations and " + outputs.length + " outputs");
        }
        // the same arithmetic as add(), value by value in array order, with one unit's state in locals; a unit's
        // run of at least BULK_DERIVATIVES positions gets its derivatives from one atInPlace call
        if (inner >= BULK_DERIVATIVES && slopes.length < inner) {
            slopes = new double[inner];
        }
        int index = 0;
        for (int block = 0; block < outer; block++) {
            for (int unit = 0; unit < units; unit++) {
                boolean positive = anyPositiveOutput[unit];
                double largestSlope = largestAbsoluteDerivative[unit];
                double absoluteSum = absoluteOutputSums[unit];
                long positives = positivePreActivations[unit];
                double smallest = smallestPreActivation[unit];
                double largest = largestPreActivation[unit];
                boolean bulk = inner >= BULK_DERIVATIVES;
                if (bulk) {
                    for (int position = 0; position < inner; position++) {
                        slopes[position] = preActivations[index + position];
                    }
                    derivative.atInPlace(unit, slopes, 0, inner);
                }
                for (int position = 0; position < inner; position++, index++) {
                    double preActivation = preActivations[index];
                    double output = outputs[index];
                    // branch-free where the data decides (random signs would mispredict): Math.max keeps a NaN
                    // slope as add() does
                    positive |= output > 0;
                    double slope = bulk ? slopes[position] : derivative.at(unit, preActivation);
                    largestSlope = Math.max(largestSlope, Math.abs(slope));
                    absoluteSum += Math.abs(output);
                    positives += (long) positiveStep(preActivation);
                    if (preActivation < smallest) {
                        smallest = preActivation;
                    }
                    if (preActivation > largest) {
                        largest = preActivation;
                    }
                }
                anyPositiveOutput[unit] = positive;
                largestAbsoluteDerivative[unit] = largestSlope;
                absoluteOutputSums[unit] = absoluteSum;
                positivePreActivations[unit] = positives;
                smallestPreActivation[unit] = smallest;
                largestPreActivation[unit] = largest;
                values[unit] += inner;
            }
        }
    }

    /**
     * 1 for z &gt; 0 and 0 for z ≤ 0 or NaN, without a branch (a ternary on random signs compiles to a branch that
     * mispredicts half the time): min(1, max(0, z)·10³⁰⁸·10³⁰⁸), where even the smallest positive value overflows.
     */
    private static double positiveStep(double z) {
        return Math.min(1.0, Math.max(0.0, z) * 1e308 * 1e308);
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
