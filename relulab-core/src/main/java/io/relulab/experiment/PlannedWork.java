package io.relulab.experiment;

import io.relulab.math.VectorModule;
import io.relulab.train.TrainingConfig;
import java.util.List;

/**
 * The training steps a run plans: Σ over its trials of epochs × batches per epoch (⌈rows / batch size⌉), the most it
 * can take (early stopping and divergence end trials sooner). A run states it once at its start ({@link #state}), so
 * that {@link VectorModule#planWork} can engage the vector kernels only where the work repays their warm-up.
 */
public final class PlannedWork {

    private PlannedWork() {
    }

    /** The steps of {@code trials}, each on {@code trainRows} training rows. */
    public static long steps(List<TrialSpec> trials, int trainRows) {
        long steps = 0;
        for (TrialSpec trial : trials) {
            steps += steps(trial.configuration().training(), trainRows);
        }
        return steps;
    }

    /** epochs × ⌈trainRows / batch size⌉. */
    public static long steps(TrainingConfig training, int trainRows) {
        long batches = (trainRows + (long) training.batchSize() - 1) / training.batchSize();
        return training.epochs() * batches;
    }

    /**
     * States the planned work of {@code trials} on {@code trainRows} rows to {@link VectorModule#planWork}.
     *
     * @return whether the vector kernels are engaged for the run
     */
    public static boolean state(List<TrialSpec> trials, int trainRows) {
        return VectorModule.planWork(steps(trials, trainRows));
    }
}
