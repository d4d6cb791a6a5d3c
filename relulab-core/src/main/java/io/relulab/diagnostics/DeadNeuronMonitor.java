package io.relulab.diagnostics;

import io.relulab.train.EpochMetrics;
import io.relulab.train.TrainingContext;
import io.relulab.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@link TrainingListener} that checks every hidden layer for inactive, dead and τ-dormant units
 * (package documentation) on a probe of the training data:
 * <ul>
 *   <li>once before training ({@link #initialReport()}, epoch 0),</li>
 *   <li>after every epoch ({@link #epochReports()}, one per completed epoch, in order),</li>
 *   <li>optionally every N optimiser steps ({@link #stepReports()}; 0 = off, the default).</li>
 * </ul>
 * Newly dead and revived units are relative to the previous check of any kind. When a layer's dead
 * fraction reaches the warning threshold (default {@value #DEFAULT_WARNING_THRESHOLD}, as keras-contrib's
 * {@code DeadReluDetector}) after being below it, a {@link DeadNeuronWarning} goes to the warning hook.
 *
 * <p>The monitor runs the network in inference mode between steps; it does not change weights or draw
 * random numbers, so a monitored run trains exactly like an unmonitored one. One monitor per run.
 */
public final class DeadNeuronMonitor implements TrainingListener {

    /** Dead fraction of a layer that triggers a warning: 10 % (keras-contrib {@code DeadReluDetector}). */
    public static final double DEFAULT_WARNING_THRESHOLD = 0.1;

    private final DeadNeuronAnalyzer analyzer;
    private final int checkEverySteps;
    private final double warningThreshold;
    private final Consumer<DeadNeuronWarning> warningHook;
    private final List<DeadNeuronReport> epochReports = new ArrayList<>();
    private final List<DeadNeuronReport> stepReports = new ArrayList<>();
    private final List<DeadNeuronWarning> warnings = new ArrayList<>();
    private DeadNeuronReport initialReport;
    private DeadNeuronReport latest;

    /**
     * @param analyzer         probe and τ
     * @param checkEverySteps  also check every this many optimiser steps; 0 for epoch ends only
     * @param warningThreshold dead fraction in (0, 1] that triggers a warning
     * @param warningHook      receives warnings (e.g. prints them); may ignore them
     */
    public DeadNeuronMonitor(DeadNeuronAnalyzer analyzer, int checkEverySteps, double warningThreshold,
            Consumer<DeadNeuronWarning> warningHook) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        if (checkEverySteps < 0) {
            throw new IllegalArgumentException("checkEverySteps must be ≥ 0 (0 = only after each epoch), got " + checkEverySteps);
        }
        if (!(warningThreshold > 0 && warningThreshold <= 1)) {
            throw new IllegalArgumentException("warningThreshold must be in (0, 1], got " + warningThreshold);
        }
        this.checkEverySteps = checkEverySteps;
        this.warningThreshold = warningThreshold;
        this.warningHook = Objects.requireNonNull(warningHook, "warningHook");
    }

    /** The notebook's probe (first 100 training rows), τ = 0.1, epoch checks only, 10 % warnings ignored. */
    public static DeadNeuronMonitor defaults() {
        return new DeadNeuronMonitor(DeadNeuronAnalyzer.defaults(), 0, DEFAULT_WARNING_THRESHOLD, warning -> { });
    }

    @Override
    public void onTrainingStart(TrainingContext context) {
        initialReport = check(context, 0);
    }

    @Override
    public void onBatchEnd(TrainingContext context, int batch, double batchLoss) {
        if (checkEverySteps > 0 && context.stepCount() % checkEverySteps == 0) {
            stepReports.add(check(context, context.epoch()));
        }
    }

    @Override
    public void onEpochEnd(TrainingContext context, EpochMetrics metrics) {
        epochReports.add(check(context, context.epoch()));
    }

    private DeadNeuronReport check(TrainingContext context, int epoch) {
        DeadNeuronReport report = analyzer.analyze(context.network(), context.trainingData(), latest, epoch, context.stepCount());
        for (LayerSnapshot layer : report.layers()) {
            boolean wasBelow = latest == null || latest.layer(layer.hiddenLayer()).deadFraction() < warningThreshold;
            if (wasBelow && layer.deadFraction() >= warningThreshold) {
                DeadNeuronWarning warning = new DeadNeuronWarning(report, layer, warningThreshold);
                warnings.add(warning);
                warningHook.accept(warning);
            }
        }
        latest = report;
        return report;
    }

    /** The check before training, if training has started. */
    public Optional<DeadNeuronReport> initialReport() {
        return Optional.ofNullable(initialReport);
    }

    /** One report per completed epoch, in order. */
    public List<DeadNeuronReport> epochReports() {
        return List.copyOf(epochReports);
    }

    /** The every-N-steps reports, in order (empty unless enabled). */
    public List<DeadNeuronReport> stepReports() {
        return List.copyOf(stepReports);
    }

    /** The most recent report of any kind. */
    public Optional<DeadNeuronReport> latest() {
        return Optional.ofNullable(latest);
    }

    /** The warnings raised so far, in order. */
    public List<DeadNeuronWarning> warnings() {
        return List.copyOf(warnings);
    }

    public DeadNeuronAnalyzer analyzer() {
        return analyzer;
    }
}
