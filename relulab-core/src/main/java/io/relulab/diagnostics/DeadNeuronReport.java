package io.relulab.diagnostics;

import java.util.List;

/**
 * The dead-neuron state of every hidden layer at one check (immutable).
 *
 * @param epoch  1-based epoch the check belongs to (0 for a check before training)
 * @param step   optimiser steps taken when the check ran
 * @param probe  the rows looked at
 * @param tau    the dormancy threshold τ
 * @param layers one snapshot per hidden layer, in network order
 */
public record DeadNeuronReport(int epoch, long step, ProbeSet probe, double tau, List<LayerSnapshot> layers) {

    public DeadNeuronReport {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be ≥ 0, got " + epoch);
        }
        if (step < 0) {
            throw new IllegalArgumentException("step must be ≥ 0, got " + step);
        }
        layers = List.copyOf(layers);
    }

    /** The snapshot of hidden layer {@code hiddenLayer} (1-based). */
    public LayerSnapshot layer(int hiddenLayer) {
        return layers.get(hiddenLayer - 1);
    }

    /** Dead units over all hidden layers. */
    public int totalDead() {
        return layers.stream().mapToInt(LayerSnapshot::deadCount).sum();
    }

    /** Saturated units over all hidden layers. */
    public int totalSaturated() {
        return layers.stream().mapToInt(LayerSnapshot::saturatedCount).sum();
    }

    /** Dormant units over all hidden layers. */
    public int totalDormant() {
        return layers.stream().mapToInt(LayerSnapshot::dormantCount).sum();
    }
}
