package io.relulab.experiment;

/** How a trial ended. */
public enum TrialStatus {
    /** Trained for every epoch requested. */
    COMPLETED,
    /** Early stopping ended training before the last epoch. */
    STOPPED_EARLY,
    /** The loss or a weight became NaN or infinite; the trial's metrics are not numbers to report. */
    DIVERGED;

    /** The lower-case name used in JSON and CSV, e.g. {@code diverged}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
