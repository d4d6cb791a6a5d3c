package io.relulab.experiment;

import io.relulab.diagnostics.DeadNeuronMonitor;
import io.relulab.diagnostics.DeadNeuronReport;
import io.relulab.diagnostics.DeadNeuronWarning;
import io.relulab.diagnostics.LayerSnapshot;
import io.relulab.diagnostics.RecyclingEvent;
import io.relulab.diagnostics.Redo;
import io.relulab.nn.Network;
import io.relulab.random.NumpyRandom;
import io.relulab.train.History;
import io.relulab.train.Trainer;
import io.relulab.train.TrainingListener;
import io.relulab.train.TrainingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one trial — the only place a trial is assembled: builds the spec's network from the trial's generator,
 * trains it on the data with the dead-neuron monitor (and ReDo when enabled), validating on the test set after
 * every epoch, and records everything as an immutable {@link TrialResult}. A pure function of (spec, data): it
 * shares no state with other trials.
 */
public final class TrialRunner {

    private final StudyData data;

    /** A runner for trials on {@code data}. */
    public TrialRunner(StudyData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /** Trains and measures {@code trial}. Divergence is a result, not an exception. */
    public TrialResult run(TrialSpec trial) {
        return runObserved(trial, 0, warning -> { }).result();
    }

    /**
     * Trains and measures {@code trial}, also checking for dead units every {@code checkEverySteps} optimiser steps
     * (0 = after each epoch only) and passing dead-unit warnings to {@code warnings}. Neither changes the result.
     */
    public TrialRun runObserved(TrialSpec trial, int checkEverySteps, Consumer<DeadNeuronWarning> warnings) {
        long started = System.nanoTime();
        NumpyRandom random = trial.generator();
        Network network = trial.network().build(random);
        DeadNeuronMonitor monitor = new DeadNeuronMonitor(trial.monitor(), checkEverySteps,
                DeadNeuronMonitor.DEFAULT_WARNING_THRESHOLD, warnings);
        List<TrainingListener> listeners = new ArrayList<>(List.of(monitor));
        Optional<Redo> redo = trial.redo().map(r -> Redo.of(r.tau(), r.period(), trial.redoGenerator()));
        redo.ifPresent(listeners::add);
        Trainer trainer = new Trainer(trial.configuration().training().withValidationData(data.test()));
        TrainingResult result = trainer.fit(network, trial.configuration().optimizer().create(), data.train(), random, listeners);
        TrialResult trialResult = toResult(trial, result, monitor.epochReports(),
                redo.map(Redo::events).orElse(List.of()), System.nanoTime() - started);
        return new TrialRun(trialResult, result, network, monitor, redo);
    }

    private static TrialResult toResult(TrialSpec trial, TrainingResult result, List<DeadNeuronReport> reports,
            List<RecyclingEvent> recyclings, long elapsed) {
        boolean diverged = result.diverged();
        double trainAccuracy = result.trainingEvaluation().map(e -> e.accuracy()).orElse(Double.NaN);
        double trainLoss = result.trainingEvaluation().map(e -> e.loss()).orElse(Double.NaN);
        double testAccuracy = result.validationEvaluation().map(e -> e.accuracy()).orElse(Double.NaN);
        double testLoss = result.validationEvaluation().map(e -> e.loss()).orElse(Double.NaN);
        return new TrialResult(
                trial.scenario(),
                trial.activation().spec(),
                trial.seed(),
                status(result),
                diverged ? result.epoch() : 0,
                trainAccuracy,
                testAccuracy,
                trainLoss,
                testLoss,
                history(result.history()),
                deadCounts(reports, recyclings),
                elapsed);
    }

    private static TrialStatus status(TrainingResult result) {
        return switch (result.status()) {
            case COMPLETED -> TrialStatus.COMPLETED;
            case STOPPED_EARLY -> TrialStatus.STOPPED_EARLY;
            case DIVERGED -> TrialStatus.DIVERGED;
        };
    }

    private static TrialHistory history(History history) {
        return new TrialHistory(toArray(history.loss()), toArray(history.accuracy()),
                toArray(history.validationLoss()), toArray(history.validationAccuracy()));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Regroups the monitor's per-epoch reports into per-layer series, with the units ReDo recycled at the steps of
     * each epoch (a recycling is attributed to the epoch of the step that triggered it).
     */
    static List<LayerDeadCounts> deadCounts(List<DeadNeuronReport> reports, List<RecyclingEvent> recyclings) {
        if (reports.isEmpty()) {
            return List.of();
        }
        List<LayerDeadCounts> layers = new ArrayList<>();
        int layerCount = reports.get(0).layers().size();
        for (int l = 0; l < layerCount; l++) {
            int[] inactive = new int[reports.size()];
            int[] dead = new int[reports.size()];
            int[] dormant = new int[reports.size()];
            int[] saturated = new int[reports.size()];
            int[] recycled = new int[reports.size()];
            for (int e = 0; e < reports.size(); e++) {
                LayerSnapshot snapshot = reports.get(e).layers().get(l);
                inactive[e] = snapshot.inactiveCount();
                dead[e] = snapshot.deadCount();
                dormant[e] = snapshot.dormantCount();
                saturated[e] = snapshot.saturatedCount();
            }
            for (RecyclingEvent event : recyclings) {
                int e = event.epoch() - 1;
                if (e >= 0 && e < recycled.length) {
                    recycled[e] += event.recycledUnits().get(l).size();
                }
            }
            LayerSnapshot first = reports.get(0).layers().get(l);
            layers.add(new LayerDeadCounts(first.name(), first.units(), inactive, dead, dormant, saturated, recycled));
        }
        return layers;
    }
}
