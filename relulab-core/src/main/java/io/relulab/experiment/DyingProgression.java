package io.relulab.experiment;

/**
 * A curve of dead units per epoch, for the "dying ReLU progression" panel: from the toy simulation or from a
 * training scenario (mean over seeds).
 *
 * @param label what the curve shows, e.g. {@code toy simulation, notebook setting}
 * @param units how many units could die
 * @param deadPerEpoch dead units after each epoch (1-based epochs in order)
 */
public record DyingProgression(String label, int units, double[] deadPerEpoch) {

    public DyingProgression {
        deadPerEpoch = deadPerEpoch.clone();
    }

    @Override
    public double[] deadPerEpoch() {
        return deadPerEpoch.clone();
    }
}
