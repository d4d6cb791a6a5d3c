package io.relulab.experiment;

import io.relulab.stats.Summary;
import io.relulab.stats.WelchTest;
import java.util.List;
import java.util.Optional;

/**
 * One activation in one scenario, summarised over its seeds. Statistics use only the trials that did not
 * diverge; {@link #diverged()} counts the others. Summaries are empty when no trial finished.
 *
 * @param scenario the scenario's name
 * @param activation the activation's spec
 * @param trials number of trials (seeds) run
 * @param diverged number of those that diverged
 * @param testAccuracy final test accuracy over finished trials
 * @param trainAccuracy final training accuracy over finished trials
 * @param finalValidationLoss validation loss after the last epoch over finished trials
 * @param finalTrainingLoss training loss (Keras' epoch mean) after the last epoch over finished trials
 * @param layers dead-neuron statistics per hidden layer
 * @param versusBaseline Welch's t-test of this variant's test accuracy against the baseline's; empty for the
 *     baseline itself or when either has fewer than two finished trials
 * @param meanValidationAccuracyPerEpoch mean over finished trials of the validation accuracy after each epoch
 * @param validationAccuracyBandPerEpoch per epoch, the sample standard deviation across finished trials (0 with one)
 */
public record VariantSummary(
        String scenario,
        String activation,
        int trials,
        int diverged,
        Optional<Summary> testAccuracy,
        Optional<Summary> trainAccuracy,
        Optional<Summary> finalValidationLoss,
        Optional<Summary> finalTrainingLoss,
        List<LayerSummary> layers,
        Optional<WelchTest> versusBaseline,
        double[] meanValidationAccuracyPerEpoch,
        double[] validationAccuracyBandPerEpoch) {

    public VariantSummary {
        layers = List.copyOf(layers);
        meanValidationAccuracyPerEpoch = meanValidationAccuracyPerEpoch.clone();
        validationAccuracyBandPerEpoch = validationAccuracyBandPerEpoch.clone();
    }

    /** Number of trials that did not diverge. */
    public int finished() {
        return trials - diverged;
    }

    /** Total dead units after the last epoch, averaged over trials and summed over layers. */
    public double meanFinalDeadUnits() {
        return layers.stream().mapToDouble(LayerSummary::meanFinalDead).sum();
    }

    /** Whether any trial had a dead unit after any epoch (also one that came back). */
    public boolean hadDeadUnits() {
        return layers.stream().anyMatch(l -> l.trialsWithDeadUnits() > 0);
    }

    /** Whether any trial lost units: had a dead unit after the last epoch. */
    public boolean lostUnits() {
        return layers.stream().anyMatch(l -> l.trialsDeadAtEnd() > 0);
    }

    @Override
    public double[] meanValidationAccuracyPerEpoch() {
        return meanValidationAccuracyPerEpoch.clone();
    }

    @Override
    public double[] validationAccuracyBandPerEpoch() {
        return validationAccuracyBandPerEpoch.clone();
    }
}
