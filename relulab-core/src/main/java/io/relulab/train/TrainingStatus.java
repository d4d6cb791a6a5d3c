package io.relulab.train;

import java.util.Locale;

/** How a training run ended. */
public enum TrainingStatus {
    /** Every epoch ran. */
    COMPLETED,
    /** A listener (e.g. early stopping) requested a stop before the last epoch. */
    STOPPED_EARLY,
    /** The loss or a weight became NaN or infinite; the run stopped at that epoch. */
    DIVERGED;

    /** Lower-case name for outputs, e.g. {@code "stopped_early"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
