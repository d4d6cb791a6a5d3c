package io.relulab.experiment;

/**
 * Dead-neuron statistics of one hidden layer for one variant in one scenario, over its finished trials (all counts
 * on the study's probe set).
 *
 * @param layer the layer's name, e.g. {@code layer2}
 * @param units the layer's width
 * @param meanFinalDead mean over trials of the dead units after the last epoch
 * @param meanMaxDead mean over trials of the largest dead count after any epoch
 * @param maxDead the largest dead count of any trial after any epoch
 * @param meanFinalInactive mean over trials of the inactive units (the notebook's metric) after the last epoch
 * @param meanFinalDormant mean over trials of the τ-dormant units after the last epoch
 * @param trialsWithDeadUnits trials in which at least one unit was dead after some epoch
 * @param firstEpochWithDeadUnits the earliest epoch (1-based) after which any trial had a dead unit; 0 if none
 * @param meanDeadPerEpoch mean over trials of the dead count after each epoch (for the per-epoch figure)
 * @param firstEpochDeadRange fewest and most dead units over trials after the first epoch
 * @param finalDeadRange fewest and most dead units over trials after the last epoch
 * @param trialsDeadAtEnd trials with at least one dead unit after the last epoch
 * @param meanRecycled mean over trials of the units ReDo recycled in the whole run (0 without ReDo)
 * @param meanFinalSaturated mean over trials of the saturated units after the last epoch
 * @param finalSaturatedRange fewest and most saturated units over trials after the last epoch
 * @param trialsSaturatedAtEnd trials with at least one saturated unit after the last epoch
 * @param meanSaturatedPerEpoch mean over trials of the saturated count after each epoch
 */
public record LayerSummary(
        String layer,
        int units,
        double meanFinalDead,
        double meanMaxDead,
        int maxDead,
        double meanFinalInactive,
        double meanFinalDormant,
        int trialsWithDeadUnits,
        int firstEpochWithDeadUnits,
        double[] meanDeadPerEpoch,
        CountRange firstEpochDeadRange,
        CountRange finalDeadRange,
        int trialsDeadAtEnd,
        double meanRecycled,
        double meanFinalSaturated,
        CountRange finalSaturatedRange,
        int trialsSaturatedAtEnd,
        double[] meanSaturatedPerEpoch) {

    public LayerSummary {
        meanDeadPerEpoch = meanDeadPerEpoch.clone();
        meanSaturatedPerEpoch = meanSaturatedPerEpoch.clone();
    }

    @Override
    public double[] meanDeadPerEpoch() {
        return meanDeadPerEpoch.clone();
    }

    @Override
    public double[] meanSaturatedPerEpoch() {
        return meanSaturatedPerEpoch.clone();
    }

    /** Whether some trial ended with saturated units that are not dead (ELU, GELU, … units pushed far out). */
    public boolean saturatedBeyondDead() {
        return meanFinalSaturated > meanFinalDead;
    }

    /** Whether some trial had a dead unit after some epoch but none after the last epoch. */
    public boolean onlyTransientlyDead() {
        return trialsWithDeadUnits > 0 && trialsDeadAtEnd == 0;
    }
}
