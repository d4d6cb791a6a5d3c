package io.relulab.sweep;

import io.relulab.stats.Summary;
import java.util.Arrays;
import java.util.Optional;

/**
 * One cell of the dying map: every seed of one setting.
 *
 * @param key the cell
 * @param trials trials in the cell (seeds)
 * @param diverged trials that diverged (left out of the means)
 * @param meanDeadShare mean final dead share over the finished trials (NaN if none finished)
 * @param meanSaturatedShare mean final saturated share over the finished trials (NaN if none finished or not measured)
 * @param testAccuracies final test accuracies of the finished trials, in seed order
 */
public record DyingMapCell(CellKey key, int trials, int diverged, double meanDeadShare, double meanSaturatedShare,
        double[] testAccuracies) {

    public DyingMapCell {
        testAccuracies = testAccuracies.clone();
    }

    @Override
    public double[] testAccuracies() {
        return testAccuracies.clone();
    }

    /** Trials that did not diverge. */
    public int finished() {
        return trials - diverged;
    }

    /** Mean, spread and interval of the test accuracy, if any trial finished. */
    public Optional<Summary> testAccuracy() {
        return testAccuracies.length == 0 ? Optional.empty() : Optional.of(Summary.of(testAccuracies));
    }

    /** Mean test accuracy, NaN if no trial finished. */
    public double meanTestAccuracy() {
        return testAccuracies.length == 0 ? Double.NaN : Arrays.stream(testAccuracies).average().orElseThrow();
    }
}
