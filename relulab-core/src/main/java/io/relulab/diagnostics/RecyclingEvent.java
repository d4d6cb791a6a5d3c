package io.relulab.diagnostics;

import java.util.List;

/**
 * One ReDo recycling: which units of which hidden layer were re-initialised.
 *
 * @param epoch          epoch in progress (1-based)
 * @param step           optimiser steps taken when it happened
 * @param recycledUnits  per hidden layer (index 0 = layer1), the recycled units (0-based, ascending)
 */
public record RecyclingEvent(int epoch, long step, List<List<Integer>> recycledUnits) {

    public RecyclingEvent {
        recycledUnits = recycledUnits.stream().map(List::copyOf).toList();
    }

    /** Units recycled over all layers. */
    public int total() {
        return recycledUnits.stream().mapToInt(List::size).sum();
    }
}
