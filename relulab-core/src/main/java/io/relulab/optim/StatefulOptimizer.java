package io.relulab.optim;

import io.relulab.nn.Parameter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state bookkeeping shared by the optimisers: per parameter, a fixed number of zero-initialised
 * slot arrays of the parameter's size (e.g. Adam's m and v), created on its first step.
 */
abstract class StatefulOptimizer implements Optimizer {

    private final Map<Parameter, double[][]> state = new IdentityHashMap<>();
    private long iterations;

    /** Number of state arrays per parameter. */
    abstract int slotCount();

    /** Called once per step before the parameters are updated, with the 1-based step number t. */
    abstract void beginStep(long step);

    /** Updates one parameter in place. */
    abstract void update(double[] values, double[] gradients, double[][] slots);

    @Override
    public final void step(List<Parameter> parameters) {
        iterations++;
        beginStep(iterations);
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            update(parameter.values(), parameter.gradients(), slotsOf(parameter));
        }
    }

    private double[][] slotsOf(Parameter parameter) {
        double[][] slots = state.get(parameter);
        if (slots == null) {
            slots = new double[slotCount()][parameter.size()];
            state.put(parameter, slots);
        }
        return slots;
    }

    @Override
    public final void resetState(Parameter parameter, int[] indices) {
        Objects.requireNonNull(parameter, "parameter");
        for (int index : indices) {
            Objects.checkIndex(index, parameter.size());
        }
        double[][] slots = state.get(parameter);
        if (slots == null) {
            return;
        }
        for (double[] slot : slots) {
            for (int index : indices) {
                slot[index] = 0.0;
            }
        }
        afterReset(slots, indices, iterations);
    }

    /**
     * Called after {@code indices} of the parameter owning {@code slots} were reset at iteration
     * {@code iteration}; optimisers whose update depends on the step count (Adam's bias correction) restart
     * it for those entries. No-op by default.
     */
    void afterReset(double[][] slots, int[] indices, long iteration) {
    }

    /**
     * A copy of one state array of a parameter (for tests and diagnostics), or {@code null} if the parameter
     * has no state yet.
     */
    public double[] stateOf(Parameter parameter, int slot) {
        double[][] slots = state.get(parameter);
        return slots == null ? null : slots[slot].clone();
    }

    @Override
    public final long iterations() {
        return iterations;
    }
}
