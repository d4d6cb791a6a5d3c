package io.relulab.train;

import java.util.Objects;
import java.util.Optional;

/**
 * The immutable outcome of a training run.
 *
 * @param status     how the run ended
 * @param epoch      the last epoch reached (1-based): the final epoch when completed, the epoch in which a stop
 *                   was requested, or the epoch in which the run diverged; 0 if no epoch started
 * @param stopReason why the run stopped early or diverged; {@code null} when completed
 * @param steps      optimiser steps taken
 * @param history    per-epoch metrics of the completed epochs
 * @param training   loss and accuracy on the whole training set after training; {@code null} when diverged
 * @param validation the same on the validation data; {@code null} when diverged or without validation data
 */
public record TrainingResult(TrainingStatus status, int epoch, String stopReason, long steps, History history,
        Evaluation training, Evaluation validation) {

    public TrainingResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(history, "history");
    }

    /** Whether the run diverged. */
    public boolean diverged() {
        return status == TrainingStatus.DIVERGED;
    }

    /** Final metrics on the training set, absent when diverged. */
    public Optional<Evaluation> trainingEvaluation() {
        return Optional.ofNullable(training);
    }

    /** Final metrics on the validation data, absent when diverged or without validation data. */
    public Optional<Evaluation> validationEvaluation() {
        return Optional.ofNullable(validation);
    }
}
