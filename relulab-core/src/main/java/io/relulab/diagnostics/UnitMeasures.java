package io.relulab.diagnostics;

import java.util.List;

/**
 * The per-unit measures of one layer over its probe values (immutable; definitions in the package
 * documentation). Unit indices are 0-based and ascending.
 *
 * @param tau                         the dormancy threshold τ used
 * @param saturationEpsilon           the saturation threshold ε used
 * @param valuesPerUnit               probe values per unit (rows, or rows × positions for a channel); the
 *                                    smallest count if units received different numbers of values
 * @param inactiveUnits               output ≤ 0 on every probe value
 * @param deadUnits                   activation derivative exactly 0 on every probe value
 * @param dormantUnits                ReDo score ≤ τ
 * @param saturatedUnits              largest |f′(z)| over the probe values &lt; ε
 * @param scores                      ReDo score per unit: mean|h_i| / (layer mean of mean|h_k| + 1e-9)
 * @param largestAbsoluteDerivatives  per unit, the largest |f′(z)| over the probe values
 * @param unitActivationProbabilities per unit, the fraction of probe values with z &gt; 0
 * @param activationProbability       the layer's Pr[z &gt; 0] over all units and values
 * @param smallestPreActivations      per unit, the smallest z
 * @param largestPreActivations       per unit, the largest z
 */
public record UnitMeasures(
        double tau,
        double saturationEpsilon,
        long valuesPerUnit,
        List<Integer> inactiveUnits,
        List<Integer> deadUnits,
        List<Integer> dormantUnits,
        List<Integer> saturatedUnits,
        List<Double> scores,
        List<Double> largestAbsoluteDerivatives,
        List<Double> unitActivationProbabilities,
        double activationProbability,
        List<Double> smallestPreActivations,
        List<Double> largestPreActivations) {

    public UnitMeasures {
        checkTau(tau);
        checkSaturationEpsilon(saturationEpsilon);
        inactiveUnits = IntList.copyOf(inactiveUnits);
        deadUnits = IntList.copyOf(deadUnits);
        dormantUnits = IntList.copyOf(dormantUnits);
        saturatedUnits = IntList.copyOf(saturatedUnits);
        scores = DoubleList.copyOf(scores);
        largestAbsoluteDerivatives = DoubleList.copyOf(largestAbsoluteDerivatives);
        unitActivationProbabilities = DoubleList.copyOf(unitActivationProbabilities);
        smallestPreActivations = DoubleList.copyOf(smallestPreActivations);
        largestPreActivations = DoubleList.copyOf(largestPreActivations);
        int units = scores.size();
        if (largestAbsoluteDerivatives.size() != units || unitActivationProbabilities.size() != units
                || smallestPreActivations.size() != units || largestPreActivations.size() != units) {
            throw new IllegalArgumentException("every per-unit list must have one entry per unit (" + units + ")");
        }
    }

    /** Builds the measures from per-unit arrays (copied), applying τ and ε. */
    static UnitMeasures of(double tau, double saturationEpsilon, long valuesPerUnit, boolean[] inactive, boolean[] dead,
            double[] scores, double[] largestAbsoluteDerivatives, double[] probabilities, double activationProbability,
            double[] smallestPreActivations, double[] largestPreActivations) {
        checkTau(tau);
        checkSaturationEpsilon(saturationEpsilon);
        int units = scores.length;
        int[] inactiveUnits = new int[units];
        int[] deadUnits = new int[units];
        int[] dormantUnits = new int[units];
        int[] saturatedUnits = new int[units];
        int inactiveCount = 0;
        int deadCount = 0;
        int dormantCount = 0;
        int saturatedCount = 0;
        for (int unit = 0; unit < units; unit++) {
            if (inactive[unit]) {
                inactiveUnits[inactiveCount++] = unit;
            }
            if (dead[unit]) {
                deadUnits[deadCount++] = unit;
            }
            if (scores[unit] <= tau) {
                dormantUnits[dormantCount++] = unit;
            }
            if (isSaturated(largestAbsoluteDerivatives[unit], saturationEpsilon)) {
                saturatedUnits[saturatedCount++] = unit;
            }
        }
        return new UnitMeasures(tau, saturationEpsilon, valuesPerUnit, IntList.first(inactiveUnits, inactiveCount),
                IntList.first(deadUnits, deadCount), IntList.first(dormantUnits, dormantCount),
                IntList.first(saturatedUnits, saturatedCount), DoubleList.of(scores),
                DoubleList.of(largestAbsoluteDerivatives), DoubleList.of(probabilities), activationProbability,
                DoubleList.of(smallestPreActivations), DoubleList.of(largestPreActivations));
    }

    /**
     * The saturation rule: a unit whose largest |f′(z)| over the probe is below ε passes at most ε of the
     * gradient a linear unit would. Every dead unit (largest |f′| = 0) is saturated.
     */
    public static boolean isSaturated(double largestAbsoluteDerivative, double saturationEpsilon) {
        return largestAbsoluteDerivative < saturationEpsilon;
    }

    /** The number of units. */
    public int units() {
        return scores.size();
    }

    static void checkTau(double tau) {
        if (!(tau >= 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("tau must be a finite number ≥ 0, got " + tau);
        }
    }

    static void checkSaturationEpsilon(double saturationEpsilon) {
        if (!(saturationEpsilon > 0) || !Double.isFinite(saturationEpsilon)) {
            throw new IllegalArgumentException("saturationEpsilon must be a finite number > 0, got " + saturationEpsilon);
        }
    }
}
