package io.relulab.train;

import java.util.Locale;
import java.util.Objects;

/**
 * Early-stopping settings, with Keras' {@code EarlyStopping} semantics: after each epoch the monitored
 * value counts as an improvement when it beats the best so far by more than {@code minDelta} (for a
 * loss: value + minDelta &lt; best; for an accuracy: value − minDelta &gt; best); otherwise a wait counter
 * grows, and once it reaches {@code patience} (after epoch 1) training stops. With
 * {@code restoreBestWeights} the network gets back the weights of the best epoch at that moment (as in
 * Keras, not when training ends without stopping).
 *
 * @param monitor            the value watched
 * @param patience           epochs without improvement before stopping, ≥ 0 (Keras default 0)
 * @param minDelta           smallest change that counts as an improvement, ≥ 0 (Keras default 0)
 * @param restoreBestWeights restore the best epoch's weights when stopping (Keras default false)
 */
public record EarlyStopping(Monitor monitor, int patience, double minDelta, boolean restoreBestWeights) {

    /** The value early stopping watches; losses are minimised, accuracies maximised. */
    public enum Monitor {
        LOSS(true), ACCURACY(false), VAL_LOSS(true), VAL_ACCURACY(false);

        private final boolean minimise;

        Monitor(boolean minimise) {
            this.minimise = minimise;
        }

        /** Whether smaller is better. */
        public boolean minimise() {
            return minimise;
        }

        /** Whether the value needs validation data. */
        public boolean needsValidation() {
            return this == VAL_LOSS || this == VAL_ACCURACY;
        }

        /** Keras' key, e.g. {@code "val_loss"}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        double valueOf(EpochMetrics metrics) {
            return switch (this) {
                case LOSS -> metrics.loss();
                case ACCURACY -> metrics.accuracy();
                case VAL_LOSS -> metrics.validationLoss();
                case VAL_ACCURACY -> metrics.validationAccuracy();
            };
        }
    }

    public EarlyStopping {
        Objects.requireNonNull(monitor, "monitor");
        if (patience < 0) {
            throw new IllegalArgumentException("early stopping patience = " + patience + "; expected >= 0");
        }
        if (!(minDelta >= 0) || !Double.isFinite(minDelta)) {
            throw new IllegalArgumentException("early stopping min delta = " + minDelta + "; expected a finite number >= 0");
        }
    }

    /** Watch {@code val_loss} with the given patience and restore the best weights. */
    public static EarlyStopping onValidationLoss(int patience) {
        return new EarlyStopping(Monitor.VAL_LOSS, patience, 0.0, true);
    }

    /** The listener that applies these settings to one run. */
    TrainingListener newListener() {
        return new Listener(this);
    }

    private static final class Listener implements TrainingListener {

        private final EarlyStopping settings;
        private double best = Double.NaN;
        private int bestEpoch;
        private int wait;
        private double[][] bestWeights;

        Listener(EarlyStopping settings) {
            this.settings = settings;
        }

        @Override
        public void onEpochEnd(TrainingContext context, EpochMetrics metrics) {
            double current = settings.monitor.valueOf(metrics);
            if (Double.isNaN(current)) {
                return;
            }
            wait++;
            if (isImprovement(current)) {
                best = current;
                bestEpoch = metrics.epoch();
                wait = 0;
                if (settings.restoreBestWeights) {
                    bestWeights = context.network().copyParameterValues();
                }
                return;
            }
            if (wait >= settings.patience && metrics.epoch() > 1) {
                String reason = "early stopping: " + settings.monitor.key() + " did not improve for " + wait
                        + " epochs (best " + best + " at epoch " + bestEpoch + ")";
                if (settings.restoreBestWeights && bestWeights != null) {
                    context.network().setParameterValuesInPlace(bestWeights);
                    reason += "; restored the weights of epoch " + bestEpoch;
                }
                context.requestStop(reason);
            }
        }

        private boolean isImprovement(double current) {
            if (Double.isNaN(best)) {
                return true;
            }
            return settings.monitor.minimise() ? current + settings.minDelta < best : current - settings.minDelta > best;
        }
    }
}
