package io.relulab.train;

/**
 * What one epoch measured.
 *
 * @param epoch              1-based epoch number
 * @param loss               training loss: the epoch's batch losses averaged with batch-size weights (Keras)
 * @param accuracy           training accuracy over the epoch's batches (NaN when the loss has none)
 * @param validationLoss     loss on the validation data after the epoch (NaN without validation data)
 * @param validationAccuracy accuracy on the validation data (NaN without validation data or accuracy)
 * @param steps              optimiser steps taken in the run so far
 */
public record EpochMetrics(int epoch, double loss, double accuracy, double validationLoss, double validationAccuracy,
        long steps) {

    /** Whether validation metrics are present. */
    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }
}
