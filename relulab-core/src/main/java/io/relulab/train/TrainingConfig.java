package io.relulab.train;

import io.relulab.data.Dataset;

/**
 * The settings of a training run.
 *
 * <p>Defaults ({@link #notebook()}, docs/ARCHITECTURE.md §4): 50 epochs, batches of 32 reshuffled every epoch, no
 * validation data, no early stopping, the default divergence guard.
 *
 * @param epochs          number of epochs, ≥ 1
 * @param batchSize       rows per batch, ≥ 1 (the last batch of an epoch may be smaller)
 * @param shuffle         reshuffle the rows before every epoch with the trial's generator (numpy's
 *                        {@code permutation(n)} draws); otherwise batches follow the data's order
 * @param validationData  evaluated after every epoch; {@code null} for none
 * @param earlyStopping   {@code null} for none
 * @param divergenceGuard when a run counts as diverged ({@link DivergenceGuard#DEFAULT})
 */
public record TrainingConfig(int epochs, int batchSize, boolean shuffle, Dataset validationData, EarlyStopping earlyStopping,
        DivergenceGuard divergenceGuard) {

    /** The notebook's number of epochs. */
    public static final int DEFAULT_EPOCHS = 50;
    /** Keras' default batch size, also the notebook's. */
    public static final int DEFAULT_BATCH_SIZE = 32;

    public TrainingConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs = " + epochs + "; expected >= 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size = " + batchSize + "; expected >= 1");
        }
        java.util.Objects.requireNonNull(divergenceGuard, "divergenceGuard");
        if (earlyStopping != null && earlyStopping.monitor().needsValidation() && validationData == null) {
            throw new IllegalArgumentException("early stopping monitors " + earlyStopping.monitor().key()
                    + " but there is no validation data; expected validation data or a training metric");
        }
    }

    /** The notebook's settings: 50 epochs, batch 32, shuffled, no validation data. */
    public static TrainingConfig notebook() {
        return new TrainingConfig(DEFAULT_EPOCHS, DEFAULT_BATCH_SIZE, true, null, null, DivergenceGuard.DEFAULT);
    }

    public TrainingConfig withEpochs(int newEpochs) {
        return new TrainingConfig(newEpochs, batchSize, shuffle, validationData, earlyStopping, divergenceGuard);
    }

    public TrainingConfig withBatchSize(int newBatchSize) {
        return new TrainingConfig(epochs, newBatchSize, shuffle, validationData, earlyStopping, divergenceGuard);
    }

    public TrainingConfig withShuffle(boolean newShuffle) {
        return new TrainingConfig(epochs, batchSize, newShuffle, validationData, earlyStopping, divergenceGuard);
    }

    public TrainingConfig withValidationData(Dataset newValidationData) {
        return new TrainingConfig(epochs, batchSize, shuffle, newValidationData, earlyStopping, divergenceGuard);
    }

    public TrainingConfig withEarlyStopping(EarlyStopping newEarlyStopping) {
        return new TrainingConfig(epochs, batchSize, shuffle, validationData, newEarlyStopping, divergenceGuard);
    }

    public TrainingConfig withDivergenceGuard(DivergenceGuard newDivergenceGuard) {
        return new TrainingConfig(epochs, batchSize, shuffle, validationData, earlyStopping, newDivergenceGuard);
    }
}
