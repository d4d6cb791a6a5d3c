package io.relulab.diagnostics;

import java.util.List;

/**
 * One ReDo recycling: the scores it acted on and which units of which hidden layer it re-initialised.
 *
 * @param epoch         epoch in progress (1-based)
 * @param step          optimiser steps taken when it happened
 * @param before        the check ReDo made just before recycling (dead and dormant units at that moment)
 * @param recycledUnits per hidden layer (index 0 = layer1), the recycled units (0-based, ascending)
 */
public record RecyclingEvent(int epoch, long step, DeadNeuronReport before, List<List<Integer>> recycledUnits) {

    public RecyclingEvent {
        recycledUnits = recycledUnits.stream().map(List::copyOf).toList();
    }

    /** Units recycled over all layers. */
    public int total() {
        return recycledUnits.stream().mapToInt(List::size).sum();
    }
}
