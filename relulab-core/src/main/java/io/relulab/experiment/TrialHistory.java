package io.relulab.experiment;

import java.util.Arrays;

/**
 * Per-epoch metrics of one trial, as Keras reports them: training loss and accuracy are the mean over the
 * epoch's batches; validation metrics are computed on the held-out set after the epoch. All four arrays have
 * one entry per epoch run. Defensive copies keep the record immutable.
 */
public record TrialHistory(double[] loss, double[] accuracy, double[] validationLoss, double[] validationAccuracy)
        implements java.io.Serializable {

    public TrialHistory {
        int epochs = loss.length;
        if (accuracy.length != epochs || validationLoss.length != epochs || validationAccuracy.length != epochs) {
            throw new IllegalArgumentException("history arrays must have equal lengths, got " + epochs + ", "
                    + accuracy.length + ", " + validationLoss.length + ", " + validationAccuracy.length);
        }
        loss = loss.clone();
        accuracy = accuracy.clone();
        validationLoss = validationLoss.clone();
        validationAccuracy = validationAccuracy.clone();
    }

    /** Number of epochs recorded. */
    public int epochs() {
        return loss.length;
    }

    @Override
    public double[] loss() {
        return loss.clone();
    }

    @Override
    public double[] accuracy() {
        return accuracy.clone();
    }

    @Override
    public double[] validationLoss() {
        return validationLoss.clone();
    }

    @Override
    public double[] validationAccuracy() {
        return validationAccuracy.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrialHistory that
                && Arrays.equals(loss, that.loss)
                && Arrays.equals(accuracy, that.accuracy)
                && Arrays.equals(validationLoss, that.validationLoss)
                && Arrays.equals(validationAccuracy, that.validationAccuracy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(loss) * 31 + Arrays.hashCode(validationAccuracy);
    }

    @Override
    public String toString() {
        return "TrialHistory[epochs=" + epochs() + "]";
    }
}
