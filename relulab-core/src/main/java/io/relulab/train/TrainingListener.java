package io.relulab.train;

/**
 * Observes a training run. Every hook has a no-op default. Order of events (docs/ARCHITECTURE.md §3):
 * <pre>
 *   onTrainingStart
 *   ( onEpochStart  onBatchEnd*  onEpochEnd )*     one group per epoch
 *   onTrainingEnd                                   always, also after a stop or a divergence
 * </pre>
 * An epoch that diverges gets no {@code onEpochEnd}. Listeners are called in the order given to the
 * trainer, after the trainer's own history recorder and before its early-stopping listener, so they see
 * an epoch's final weights before early stopping may restore the best ones.
 *
 * <p>To stop training, call {@link TrainingContext#requestStop(String)}: from {@code onBatchEnd} the
 * rest of the epoch's batches are skipped (the epoch still validates and ends, as in Keras); from
 * {@code onEpochEnd} no further epoch starts.
 *
 * <p>{@code onBatchEnd} is on the hot path: it should not allocate.
 */
public interface TrainingListener {

    /** Before the first epoch; the network holds its initial weights. */
    default void onTrainingStart(TrainingContext context) {
    }

    /** Before the first batch of {@code epoch} (1-based). */
    default void onEpochStart(TrainingContext context, int epoch) {
    }

    /**
     * After the optimiser step of one batch.
     *
     * @param batch     0-based index of the batch within the epoch
     * @param batchLoss the batch's mean loss, computed before the step
     */
    default void onBatchEnd(TrainingContext context, int batch, double batchLoss) {
    }

    /** After an epoch's training and validation. */
    default void onEpochEnd(TrainingContext context, EpochMetrics metrics) {
    }

    /** Once at the end, with the final result. */
    default void onTrainingEnd(TrainingContext context, TrainingResult result) {
    }
}
