package io.relulab.sweep;

import io.relulab.experiment.TrialResult;
import java.io.Serializable;
import java.util.Objects;

/**
 * The result of one sweep trial: its key and the study's trial result (whose {@code scenario} is
 * {@link TrialKey#setting()}).
 *
 * @param key the trial's key
 * @param result what the trial measured
 */
public record SweepTrialResult(TrialKey key, TrialResult result) implements Serializable {

    public SweepTrialResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(result, "result");
    }
}
