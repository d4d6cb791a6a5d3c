package io.relulab.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-epoch metrics of a run, like Keras' {@code History.history}: {@code loss}, {@code accuracy},
 * {@code val_loss}, {@code val_accuracy}, one entry per completed epoch (epoch 1 first). A list is empty
 * when the metric does not exist for the run (no validation data; a loss without accuracy). An epoch that
 * diverged is not recorded.
 */
public record History(List<Double> loss, List<Double> accuracy, List<Double> validationLoss, List<Double> validationAccuracy) {

    public History {
        loss = List.copyOf(loss);
        accuracy = List.copyOf(accuracy);
        validationLoss = List.copyOf(validationLoss);
        validationAccuracy = List.copyOf(validationAccuracy);
    }

    /** A history with no epochs. */
    public static History empty() {
        return new History(List.of(), List.of(), List.of(), List.of());
    }

    /** Number of recorded epochs. */
    public int epochs() {
        return loss.size();
    }

    /** The accumulator a run fills, epoch by epoch. */
    static final class Recorder implements TrainingListener {

        private final List<Double> loss = new ArrayList<>();
        private final List<Double> accuracy = new ArrayList<>();
        private final List<Double> validationLoss = new ArrayList<>();
        private final List<Double> validationAccuracy = new ArrayList<>();

        @Override
        public void onEpochEnd(TrainingContext context, EpochMetrics metrics) {
            loss.add(metrics.loss());
            addIfPresent(accuracy, metrics.accuracy());
            addIfPresent(validationLoss, metrics.validationLoss());
            addIfPresent(validationAccuracy, metrics.validationAccuracy());
        }

        private static void addIfPresent(List<Double> list, double value) {
            if (!Double.isNaN(value)) {
                list.add(value);
            }
        }

        History snapshot() {
            return new History(loss, accuracy, validationLoss, validationAccuracy);
        }
    }
}
