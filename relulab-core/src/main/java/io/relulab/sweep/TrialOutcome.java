package io.relulab.sweep;

import io.relulab.experiment.LayerDeadCounts;
import io.relulab.experiment.TrialResult;
import java.util.List;
import java.util.Objects;

/**
 * What the dying map needs of one trial, and no more: the driver of a 15 000-trial sweep keeps only these (the
 * per-epoch histories stay in the trial log on disk).
 *
 * @param key the trial's key
 * @param finished whether the trial did not diverge
 * @param testAccuracy final test accuracy (NaN if diverged)
 * @param deadShare final dead units over all hidden layers divided by the hidden units (NaN if diverged or not measured)
 * @param saturatedShare final saturated units divided by the hidden units (NaN if diverged or not measured)
 */
public record TrialOutcome(TrialKey key, boolean finished, double testAccuracy, double deadShare, double saturatedShare) {

    public TrialOutcome {
        Objects.requireNonNull(key, "key");
    }

    /** The outcome of {@code result}: its final shares over all hidden layers. */
    public static TrialOutcome of(SweepTrialResult result) {
        TrialResult trial = result.result();
        List<LayerDeadCounts> layers = trial.deadCounts();
        int units = layers.stream().mapToInt(LayerDeadCounts::units).sum();
        boolean finished = trial.finished();
        double deadShare = !finished || units == 0 ? Double.NaN
                : layers.stream().mapToInt(LayerDeadCounts::finalDead).sum() / (double) units;
        double saturatedShare = !finished || units == 0 ? Double.NaN
                : layers.stream().mapToInt(LayerDeadCounts::finalSaturated).sum() / (double) units;
        return new TrialOutcome(result.key(), finished, finished ? trial.testAccuracy() : Double.NaN, deadShare, saturatedShare);
    }
}
