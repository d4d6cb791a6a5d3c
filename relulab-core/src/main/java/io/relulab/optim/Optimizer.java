package io.relulab.optim;

import io.relulab.nn.Parameter;
import java.util.List;

/**
 * Updates parameters from their gradients. An optimiser owns its state (moments, velocities), keyed by
 * {@link Parameter} identity and created on a parameter's first step; layers never hold it.
 * Not thread-safe: one optimiser per trial ({@link #freshCopy()}).
 */
public interface Optimizer {

    /**
     * One update of every parameter from its current gradient; increments {@link #iterations()} once.
     * Allocates nothing once every parameter has state.
     */
    void step(List<Parameter> parameters);

    /** The same hyperparameters, with no state and zero iterations. */
    Optimizer freshCopy();

    /**
     * Sets the state of the given entries of one parameter back to its initial value (zero moments; for
     * Adam the entries' bias correction restarts too), leaving the global iteration count alone, as ReDo
     * does when it recycles neurons (Sokar et al. 2023). No effect if the parameter has no state yet.
     *
     * @param indices flat row-major indices into the parameter's values
     */
    void resetState(Parameter parameter, int[] indices);

    /** Number of steps taken so far. */
    long iterations();

    /** The hyperparameters. */
    OptimizerConfig config();
}
