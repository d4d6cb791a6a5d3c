package io.relulab.experiment;

import java.util.List;

/**
 * The outcome of one trial: one activation, trained in one scenario from one seed.
 *
 * <p>For a diverged trial the final metrics are NaN and must not be presented as numbers; {@link #divergedEpoch}
 * gives the (1-based) epoch in which the loss or a weight stopped being finite, and is 0 otherwise.
 *
 * @param scenario the scenario's name, e.g. {@code notebook}
 * @param activation the activation's spec, e.g. {@code leaky_relu:0.1}
 * @param seed the trial's seed
 * @param status how the trial ended
 * @param divergedEpoch 1-based epoch of divergence, 0 if the trial did not diverge
 * @param trainAccuracy accuracy on the whole training set after training
 * @param testAccuracy accuracy on the test set after training
 * @param trainLoss loss on the whole training set after training
 * @param testLoss loss on the test set after training
 * @param history per-epoch metrics
 * @param deadCounts per hidden layer, per-epoch dead-neuron counts
 * @param elapsedNanos wall-clock time of the trial (a timing, excluded from reproducibility comparisons)
 */
public record TrialResult(
        String scenario,
        String activation,
        long seed,
        TrialStatus status,
        int divergedEpoch,
        double trainAccuracy,
        double testAccuracy,
        double trainLoss,
        double testLoss,
        TrialHistory history,
        List<LayerDeadCounts> deadCounts,
        long elapsedNanos) implements java.io.Serializable {

    public TrialResult {
        deadCounts = List.copyOf(deadCounts);
    }

    /** Whether the trial's final metrics are numbers (it did not diverge). */
    public boolean finished() {
        return status != TrialStatus.DIVERGED;
    }
}
