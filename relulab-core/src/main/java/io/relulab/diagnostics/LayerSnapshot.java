package io.relulab.diagnostics;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One hidden layer's dead-neuron state at one check (immutable). Unit indices are 0-based and ascending.
 *
 * @param hiddenLayer                 1-based number of the hidden layer ({@code layer1}, {@code layer2}, …)
 * @param units                       number of units in the layer
 * @param probeRows                   number of probe rows the check looked at
 * @param inactiveUnits               units whose output is ≤ 0 on every probe row (the notebook's metric)
 * @param deadUnits                   units whose activation derivative is 0 on every probe row
 * @param dormantUnits                units whose ReDo score is ≤ τ
 * @param saturatedUnits              units whose largest |f′(z)| over the probe rows is below the saturation ε
 *                                    (every dead unit is saturated)
 * @param newlyDeadUnits              dead now but not at the previous check (all dead units at the first check)
 * @param revivedUnits                dead at the previous check but not now
 * @param scores                      ReDo score per unit: mean|h_i| / (layer mean of mean|h_k| + 1e-9)
 * @param unitActivationProbabilities per unit, the fraction of probe rows with pre-activation &gt; 0
 * @param activationProbability       the layer's Pr[pre-activation &gt; 0] over all units and probe rows
 */
public record LayerSnapshot(
        int hiddenLayer,
        int units,
        int probeRows,
        List<Integer> inactiveUnits,
        List<Integer> deadUnits,
        List<Integer> dormantUnits,
        List<Integer> saturatedUnits,
        List<Integer> newlyDeadUnits,
        List<Integer> revivedUnits,
        List<Double> scores,
        List<Double> unitActivationProbabilities,
        double activationProbability) {

    public LayerSnapshot {
        if (hiddenLayer < 1) {
            throw new IllegalArgumentException("hiddenLayer must be at least 1, got " + hiddenLayer);
        }
        if (units < 1) {
            throw new IllegalArgumentException("units must be at least 1, got " + units);
        }
        inactiveUnits = IntList.copyOf(inactiveUnits);
        deadUnits = IntList.copyOf(deadUnits);
        dormantUnits = IntList.copyOf(dormantUnits);
        saturatedUnits = IntList.copyOf(saturatedUnits);
        newlyDeadUnits = IntList.copyOf(newlyDeadUnits);
        revivedUnits = IntList.copyOf(revivedUnits);
        scores = DoubleList.copyOf(scores);
        unitActivationProbabilities = DoubleList.copyOf(unitActivationProbabilities);
        if (scores.size() != units || unitActivationProbabilities.size() != units) {
            throw new IllegalArgumentException("scores and unitActivationProbabilities must have one entry per unit ("
                    + units + "), got " + scores.size() + " and " + unitActivationProbabilities.size());
        }
    }

    /** The report key of this layer: {@code "layer" + hiddenLayer}. */
    public String name() {
        return "layer" + hiddenLayer;
    }

    public int inactiveCount() {
        return inactiveUnits.size();
    }

    public int deadCount() {
        return deadUnits.size();
    }

    public int dormantCount() {
        return dormantUnits.size();
    }

    public int saturatedCount() {
        return saturatedUnits.size();
    }

    /**
     * The snapshot of hidden layer {@code hiddenLayer} from its unit measures.
     *
     * @param previousDead units dead at the previous check, or {@code null} if there was none (then every
     *                     dead unit is newly dead)
     */
    public static LayerSnapshot of(int hiddenLayer, UnitMeasures measures, Set<Integer> previousDead) {
        return of(hiddenLayer, measures, previousDead == null ? null : IntList.sortedDistinct(previousDead));
    }

    /**
     * {@link #of(int, UnitMeasures, Set)} with the previous check's dead units as distinct ascending indices, or
     * {@code null}.
     */
    static LayerSnapshot of(int hiddenLayer, UnitMeasures measures, int[] previousDead) {
        if (measures.valuesPerUnit() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a probe of " + measures.valuesPerUnit() + " rows is too large");
        }
        List<Integer> newlyDead = measures.deadUnits();
        List<Integer> revived = IntList.empty();
        if (previousDead != null) {
            newlyDead = notIn(IntList.toArray(measures.deadUnits()), previousDead);
            revived = notIn(previousDead, IntList.sortedDistinct(measures.deadUnits()));
        }
        return new LayerSnapshot(hiddenLayer, measures.units(), (int) measures.valuesPerUnit(), measures.inactiveUnits(),
                measures.deadUnits(), measures.dormantUnits(), measures.saturatedUnits(), newlyDead, revived,
                measures.scores(), measures.unitActivationProbabilities(), measures.activationProbability());
    }

    /** The units of {@code units} (in their order) that are not in {@code ascending}. */
    private static List<Integer> notIn(int[] units, int[] ascending) {
        int[] kept = new int[units.length];
        int count = 0;
        for (int unit : units) {
            if (Arrays.binarySearch(ascending, unit) < 0) {
                kept[count++] = unit;
            }
        }
        return IntList.first(kept, count);
    }

    /** Dead units as a fraction of the layer's units. */
    public double deadFraction() {
        return (double) deadUnits.size() / units;
    }
}
