package io.relulab.experiment;

import io.relulab.activation.Relu;
import io.relulab.stats.Summary;
import io.relulab.stats.WelchTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Turns trial results into per-scenario, per-variant summaries and findings. Pure: the same trials in any
 * order of completion give the same summaries, because trials are grouped by scenario and activation in the
 * order the study listed them and sorted by seed inside each group.
 */
public final class StudyAggregator {

    /** The activation other variants are compared with when the study includes it. */
    public static final String DEFAULT_BASELINE = Relu.NAME;

    private StudyAggregator() {
    }

    /**
     * Summarises {@code trials}. Scenarios and activations appear in the order given by {@code scenarios} and
     * {@code activationOrder}; the baseline is {@code baseline} when present in a scenario, otherwise the first
     * activation listed.
     */
    public static List<ScenarioSummary> aggregate(List<TrialResult> trials, List<ScenarioSetup> scenarios,
            List<String> activationOrder, String baseline, Measurement measurement) {
        List<ScenarioSummary> summaries = new ArrayList<>();
        for (ScenarioSetup setup : scenarios) {
            String scenario = setup.name();
            Map<String, List<TrialResult>> byActivation = new LinkedHashMap<>();
            for (String activation : activationOrder) {
                List<TrialResult> group = trials.stream()
                        .filter(t -> t.scenario().equals(scenario) && t.activation().equals(activation))
                        .sorted((a, b) -> Long.compare(a.seed(), b.seed()))
                        .toList();
                if (!group.isEmpty()) {
                    byActivation.put(activation, group);
                }
            }
            if (byActivation.isEmpty()) {
                continue;
            }
            String scenarioBaseline = byActivation.containsKey(baseline) ? baseline : byActivation.keySet().iterator().next();
            double[] baselineAccuracies = testAccuracies(byActivation.get(scenarioBaseline));
            List<VariantSummary> variants = new ArrayList<>();
            for (Map.Entry<String, List<TrialResult>> entry : byActivation.entrySet()) {
                boolean isBaseline = entry.getKey().equals(scenarioBaseline);
                variants.add(summarise(scenario, entry.getKey(), entry.getValue(), isBaseline ? null : baselineAccuracies));
            }
            List<Comparison> comparisons = Findings.comparisons(scenarioBaseline, variants);
            summaries.add(new ScenarioSummary(setup, scenarioBaseline, variants, comparisons,
                    ScenarioText.observations(variants, measurement),
                    Findings.of(scenarioBaseline, variants, comparisons, measurement)));
        }
        return List.copyOf(summaries);
    }

    static VariantSummary summarise(String scenario, String activation, List<TrialResult> trials, double[] baselineAccuracies) {
        List<TrialResult> finished = trials.stream().filter(TrialResult::finished).toList();
        Optional<WelchTest> versusBaseline = Optional.empty();
        double[] accuracies = testAccuracies(trials);
        if (baselineAccuracies != null && accuracies.length >= 2 && baselineAccuracies.length >= 2) {
            versusBaseline = Optional.of(WelchTest.compare(accuracies, baselineAccuracies));
        }
        return new VariantSummary(
                scenario,
                activation,
                trials.size(),
                trials.size() - finished.size(),
                summary(finished, TrialResult::testAccuracy),
                summary(finished, TrialResult::trainAccuracy),
                summary(finished, t -> last(t.history().validationLoss())),
                summary(finished, t -> last(t.history().loss())),
                layers(finished),
                versusBaseline,
                perEpochMean(finished),
                perEpochStandardDeviation(finished));
    }

    private static double[] testAccuracies(List<TrialResult> trials) {
        return trials.stream().filter(TrialResult::finished).mapToDouble(TrialResult::testAccuracy).toArray();
    }

    private static Optional<Summary> summary(List<TrialResult> finished, ToDoubleFunction<TrialResult> metric) {
        if (finished.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Summary.of(finished.stream().mapToDouble(metric).toArray()));
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }

    private static List<LayerSummary> layers(List<TrialResult> finished) {
        if (finished.isEmpty()) {
            return List.of();
        }
        List<LayerSummary> layers = new ArrayList<>();
        int layerCount = finished.get(0).deadCounts().size();
        for (int l = 0; l < layerCount; l++) {
            LayerDeadCounts first = finished.get(0).deadCounts().get(l);
            double finalDead = 0;
            double maxDeadSum = 0;
            int maxDead = 0;
            double finalInactive = 0;
            double finalDormant = 0;
            int trialsWithDead = 0;
            int firstEpoch = 0;
            int epochs = finished.stream().mapToInt(t -> t.deadCounts().get(0).dead().length).max().orElse(0);
            int index = l;
            CountRange firstEpochRange = CountRange.of(finished.stream().mapToInt(t -> t.deadCounts().get(index).firstEpochDead()).toArray());
            CountRange finalRange = CountRange.of(finished.stream().mapToInt(t -> t.deadCounts().get(index).finalDead()).toArray());
            int deadAtEnd = (int) finished.stream().filter(t -> t.deadCounts().get(index).finalDead() > 0).count();
            double recycled = finished.stream().mapToInt(t -> t.deadCounts().get(index).totalRecycled()).average().orElse(0);
            double finalSaturated = finished.stream().mapToInt(t -> t.deadCounts().get(index).finalSaturated()).average().orElse(0);
            CountRange saturatedRange = CountRange.of(finished.stream().mapToInt(t -> t.deadCounts().get(index).finalSaturated()).toArray());
            int saturatedAtEnd = (int) finished.stream().filter(t -> t.deadCounts().get(index).finalSaturated() > 0).count();
            double[] saturatedPerEpoch = new double[epochs];
            double[] perEpoch = new double[epochs];
            int[] perEpochCount = new int[epochs];
            for (TrialResult trial : finished) {
                LayerDeadCounts counts = trial.deadCounts().get(l);
                finalDead += counts.finalDead();
                maxDeadSum += counts.maxDead();
                maxDead = Math.max(maxDead, counts.maxDead());
                finalInactive += counts.finalInactive();
                int[] dormant = counts.dormant();
                finalDormant += dormant.length == 0 ? 0 : dormant[dormant.length - 1];
                int firstDead = counts.firstEpochWithDeadUnits();
                if (firstDead > 0) {
                    trialsWithDead++;
                    firstEpoch = firstEpoch == 0 ? firstDead : Math.min(firstEpoch, firstDead);
                }
                int[] dead = counts.dead();
                int[] saturated = counts.saturated();
                for (int e = 0; e < dead.length; e++) {
                    perEpoch[e] += dead[e];
                    saturatedPerEpoch[e] += saturated[e];
                    perEpochCount[e]++;
                }
            }
            for (int e = 0; e < epochs; e++) {
                perEpoch[e] /= perEpochCount[e];
                saturatedPerEpoch[e] /= perEpochCount[e];
            }
            int n = finished.size();
            layers.add(new LayerSummary(first.layer(), first.units(), finalDead / n, maxDeadSum / n, maxDead,
                    finalInactive / n, finalDormant / n, trialsWithDead, firstEpoch, perEpoch, firstEpochRange, finalRange,
                    deadAtEnd, recycled, finalSaturated, saturatedRange, saturatedAtEnd, saturatedPerEpoch));
        }
        return layers;
    }

    private static double[] perEpochMean(List<TrialResult> finished) {
        int epochs = finished.stream().mapToInt(t -> t.history().epochs()).max().orElse(0);
        double[] mean = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            mean[e] = atEpoch(finished, e).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
        return mean;
    }

    private static double[] perEpochStandardDeviation(List<TrialResult> finished) {
        int epochs = finished.stream().mapToInt(t -> t.history().epochs()).max().orElse(0);
        double[] band = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            List<Double> values = atEpoch(finished, e);
            band[e] = values.size() < 2 ? 0 : Summary.of(values.stream().mapToDouble(Double::doubleValue).toArray()).standardDeviation();
        }
        return band;
    }

    /** Validation accuracies at epoch {@code e} of the trials that reached it (early stopping may end some sooner). */
    private static List<Double> atEpoch(List<TrialResult> finished, int e) {
        List<Double> values = new ArrayList<>();
        for (TrialResult trial : finished) {
            double[] accuracy = trial.history().validationAccuracy();
            if (e < accuracy.length) {
                values.add(accuracy[e]);
            }
        }
        return values;
    }
}
