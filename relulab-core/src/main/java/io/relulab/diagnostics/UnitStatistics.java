package io.relulab.diagnostics;

import io.relulab.math.FloatBlockKernels;
import java.util.Arrays;
import java.util.Objects;

/**
 * Mutable accumulator of per-unit statistics over probe values; {@link #measures} turns it into the
 * immutable {@link UnitMeasures} (the definitions are in the package documentation). A "unit" is whatever
 * the caller says it is: a hidden unit of a dense layer (one value per probe row), a convolution channel
 * (one value per row and spatial position) or a transformer feature (one per row and token). Values may be
 * added one at a time or a row-major batch at a time ({@link #add}, {@link #addRows}: the same result, because
 * the sums are taken in the order the values arrive); {@link #addFloatBlocks} sums a convolution channel's
 * positions block by block in a fixed order of its own (documented there) that does not depend on how the rows
 * are batched, so an inspection gives the same bits at any batch size.
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
    /** Scratch for one block of {@link #addFloatBlocks}. */
    private final FloatBlockKernels.Summary block = new FloatBlockKernels.Summary();
    /** Scratch for the derivatives of one batch of {@link #addRows}. */
    private double[] slopes = new double[0];
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
        add(unit, preActivation, output, derivative.at(unit, preActivation));
    }

    /** {@link #add(int, double, double)} given the derivative f_j′(z). */
    private void add(int unit, double preActivation, double output, double derivativeValue) {
        if (output > 0) {
            anyPositiveOutput[unit] = true;
        }
        double slope = Math.abs(derivativeValue);
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
     * Adds {@code rows} rows of a row-major rows × units batch: pre-activations z and outputs f(z). The derivatives
     * come first, for the whole batch ({@link UnitDerivative#derivativesOfRows}), then every value is added as by
     * {@link #add}, row by row.
     *
     * @throws IllegalArgumentException if the arrays are shorter than rows × units
     */
    public void addRows(double[] preActivations, double[] outputs, int rows) {
        long needed = (long) rows * units;
        if (rows < 0 || preActivations.length < needed || outputs.length < needed) {
            throw new IllegalArgumentException("a batch of " + rows + " rows x " + units + " units needs " + needed
                    + " values, got " + preActivations.length + " pre-activations and " + outputs.length + " outputs");
        }
        if (slopes.length < needed) {
            slopes = new double[(int) needed];
        }
        derivative.derivativesOfRows(preActivations, rows, units, slopes);
        addRowsWithSlopes(preActivations, outputs, rows);
    }

    /**
     * The per-value work of {@link #addRows}, with the batch's derivatives in {@link #slopes}. A method of its own, so
     * that the call above, whose target is the trained activation's class, is not in the compiled loop: the JIT
     * compiles this loop once for every trial, and only the small caller meets each new activation.
     */
    private void addRowsWithSlopes(double[] preActivations, double[] outputs, int rows) {
        for (int row = 0; row < rows; row++) {
            int offset = row * units;
            for (int unit = 0; unit < units; unit++) {
                add(unit, preActivations[offset + unit], outputs[offset + unit], slopes[offset + unit]);
            }
        }
    }

    /**
     * Adds a float32 batch whose values are laid out row-major as {@code [outer][units][inner]}: a tensor
     * {@code [N, F]} with its units on axis 1 (outer = N, inner = 1), {@code [N, C, H, W]} with its channels on
     * axis 1 (outer = N, inner = H·W), or {@code [N, T, F]} with its features on the last axis (outer = N·T,
     * inner = 1). Every float is widened to double exactly, so a decision on the pre-activation (z &gt; 0,
     * f′(z) = 0) is the one the model's own float32 values give.
     *
     * <p>Summation order. Every measure but the ReDo score is a count, a flag or an extreme, the same whatever the
     * order (the smallest and largest z are the first of equal values in array order, as {@link #add} keeps them,
     * also for ±0). The sum Σ|h| behind the score is taken per <em>block</em>, the {@code inner} consecutive
     * values of one unit at one outer index (a channel of one image): with inner = 1 a block is one value and
     * the values are added in array order, exactly as {@link #add}; with inner ≥ 2 each block is summed in
     * four partial sums of the positions p ≡ 0, 1, 2, 3 (mod 4) below the largest multiple of 4, each in
     * position order, combined as (s₀ + s₁) + (s₂ + s₃), then the remaining positions added in order, and the
     * block's sum is added to the unit's total in outer order ({@link FloatBlockKernels#summarize}). A block is
     * fixed by the tensor's layout, not by how the rows are batched or by the machine, so the result depends
     * neither on the batch size nor on the vector width; independent partial sums let the processor overlap the
     * additions (a single running sum waits for each addition's latency) and fill a four-double vector.
     *
     * @throws IllegalArgumentException if the arrays are shorter than outer × units × inner
     */
    public void addFloatBlocks(float[] preActivations, float[] outputs, int outer, int inner) {
        long needed = (long) outer * units * inner;
        if (outer < 0 || inner < 1 || preActivations.length < needed || outputs.length < needed) {
            throw new IllegalArgumentException("a float batch of " + outer + " x " + units + " units x " + inner + " needs "
                    + needed + " values, got " + preActivations.length + " pre-activations and " + outputs.length + " outputs");
        }
        if (inner == 1) {
            addFloatRows(preActivations, outputs, outer);
            return;
        }
        int index = 0;
        for (int block = 0; block < outer; block++) {
            for (int unit = 0; unit < units; unit++, index += inner) {
                addBlock(unit, preActivations, outputs, index, inner);
            }
        }
    }

    /**
     * Rows of {@code units} values (inner = 1): value by value in array order with the arithmetic of
     * {@link #add}, the units in the inner loop so that no unit's state waits for the previous addition.
     */
    private void addFloatRows(float[] preActivations, float[] outputs, int rows) {
        for (int row = 0, index = 0; row < rows; row++) {
            for (int unit = 0; unit < units; unit++, index++) {
                double preActivation = preActivations[index];
                double output = outputs[index];
                anyPositiveOutput[unit] |= output > 0;
                double slope = Math.abs(derivative.at(unit, preActivation));
                double largestSlope = largestAbsoluteDerivative[unit];
                largestAbsoluteDerivative[unit] = slope > largestSlope || slope != slope ? slope : largestSlope;
                absoluteOutputSums[unit] += Math.abs(output);
                positivePreActivations[unit] += preActivation > 0 ? 1 : 0;
                if (preActivation < smallestPreActivation[unit]) {
                    smallestPreActivation[unit] = preActivation;
                }
                if (preActivation > largestPreActivation[unit]) {
                    largestPreActivation[unit] = preActivation;
                }
                values[unit]++;
            }
        }
    }

    /**
     * One block of {@code length ≥ 2} values of unit {@code unit} from {@code from}: its sum, counts, flag and
     * extremes from {@link FloatBlockKernels#summarize} (vectorised where the JVM allows, the same bits), and the
     * largest |f′| from the derivative's bulk form.
     */
    private void addBlock(int unit, float[] z, float[] h, int from, int length) {
        int end = from + length;
        FloatBlockKernels.summarize(z, h, from, end, block);
        absoluteOutputSums[unit] += block.absoluteSum;
        positivePreActivations[unit] += block.positives;
        anyPositiveOutput[unit] |= block.anyPositiveOutput;
        if (block.smallest < smallestPreActivation[unit]) {
            smallestPreActivation[unit] = block.smallest == 0 ? firstZero(z, from, end) : block.smallest;
        }
        if (block.largest > largestPreActivation[unit]) {
            largestPreActivation[unit] = block.largest == 0 ? firstZero(z, from, end) : block.largest;
        }
        double slope = derivative.largestAbsolute(unit, z, from, end);
        double largestSlope = largestAbsoluteDerivative[unit];
        largestAbsoluteDerivative[unit] = slope > largestSlope || slope != slope ? slope : largestSlope;
        values[unit] += length;
    }

    /**
     * The first ±0 in {@code z[from..to)}: the extreme {@link #add} would keep when a block's extreme is zero (the
     * summary gives its value but not which zero came first); for a nonzero extreme, equal values are equal bits.
     */
    private static double firstZero(float[] z, int from, int to) {
        for (int i = from; i < to; i++) {
            if (z[i] == 0) {
                return z[i];
            }
        }
        throw new IllegalStateException("no zero in a block whose extreme is zero");
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
        long fewestValues = Long.MAX_VALUE;
        for (int unit = 0; unit < units; unit++) {
            if (values[unit] == 0) {
                throw noValue(unit);
            }
            meanAbsolute[unit] = absoluteOutputSums[unit] / values[unit];
            layerSum += meanAbsolute[unit];
            positiveTotal += positivePreActivations[unit];
            valueTotal += values[unit];
            fewestValues = Math.min(fewestValues, values[unit]);
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
        return UnitMeasures.of(tau, saturationEpsilon, fewestValues, inactive, dead, scores, largestAbsoluteDerivative,
                probabilities, (double) positiveTotal / valueTotal, smallestPreActivation, largestPreActivation);
    }

    private static IllegalStateException noValue(int unit) {
        return new IllegalStateException("unit " + unit + " has no probe value");
    }
}
