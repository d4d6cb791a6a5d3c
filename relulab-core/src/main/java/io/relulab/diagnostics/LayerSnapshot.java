package io.relulab.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
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
        inactiveUnits = List.copyOf(inactiveUnits);
        deadUnits = List.copyOf(deadUnits);
        dormantUnits = List.copyOf(dormantUnits);
        saturatedUnits = List.copyOf(saturatedUnits);
        newlyDeadUnits = List.copyOf(newlyDeadUnits);
        revivedUnits = List.copyOf(revivedUnits);
        scores = List.copyOf(scores);
        unitActivationProbabilities = List.copyOf(unitActivationProbabilities);
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
        List<Integer> newlyDead = new ArrayList<>();
        List<Integer> revived = new ArrayList<>();
        Set<Integer> dead = new HashSet<>(measures.deadUnits());
        for (int unit : measures.deadUnits()) {
            if (previousDead == null || !previousDead.contains(unit)) {
                newlyDead.add(unit);
            }
        }
        if (previousDead != null) {
            previousDead.stream().filter(unit -> !dead.contains(unit)).sorted().forEach(revived::add);
        }
        if (measures.valuesPerUnit() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a probe of " + measures.valuesPerUnit() + " rows is too large");
        }
        return new LayerSnapshot(hiddenLayer, measures.units(), (int) measures.valuesPerUnit(), measures.inactiveUnits(),
                measures.deadUnits(), measures.dormantUnits(), measures.saturatedUnits(), newlyDead, revived,
                measures.scores(), measures.unitActivationProbabilities(), measures.activationProbability());
    }

    /** Dead units as a fraction of the layer's units. */
    public double deadFraction() {
        return (double) deadUnits.size() / units;
    }
}
