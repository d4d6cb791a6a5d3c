package io.relulab.experiment;

import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.diagnostics.DeadNeuronMonitor;
import io.relulab.diagnostics.DeadNeuronReport;
import io.relulab.diagnostics.LayerSnapshot;
import io.relulab.diagnostics.Redo;
import io.relulab.nn.Network;
import io.relulab.random.NumpyRandom;
import io.relulab.train.History;
import io.relulab.train.Trainer;
import io.relulab.train.TrainingListener;
import io.relulab.train.TrainingResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one trial: builds the scenario's network for the activation from the trial's generator, trains it with
 * the dead-neuron monitor (and ReDo when enabled), and records everything as an immutable {@link TrialResult}.
 * A pure function of (spec, trial): it shares no state with other trials.
 */
public final class TrialRunner {

    /** Stream key that separates ReDo's re-initialisation draws from the trial's training draws. */
    private static final long REDO_STREAM = NumpyRandom.labelKey("redo");

    private final StudySpec spec;

    public TrialRunner(StudySpec spec) {
        this.spec = spec;
    }

    /** Trains and measures {@code trial}. Divergence is a result, not an exception. */
    public TrialResult run(TrialSpec trial) {
        long started = System.nanoTime();
        NumpyRandom random = trial.generator();
        Network network = trial.scenario().applyTo(spec.network().withActivation(trial.activation())).build(random);
        DeadNeuronMonitor monitor = new DeadNeuronMonitor(new DeadNeuronAnalyzer(spec.probe(), spec.tau()), 0,
                DeadNeuronMonitor.DEFAULT_WARNING_THRESHOLD, warning -> { });
        List<TrainingListener> listeners = new ArrayList<>(List.of(monitor));
        spec.redo().ifPresent(redo -> listeners.add(new Redo(new DeadNeuronAnalyzer(spec.probe(), redo.tau()), redo.period(),
                NumpyRandom.forStream(trial.seed(), REDO_STREAM, NumpyRandom.labelKey(trial.activation().spec())))));
        Trainer trainer = new Trainer(spec.training().withValidationData(spec.data().test()));
        TrainingResult result = trainer.fit(network, trial.scenario().optimizerOr(spec.optimizer()).create(),
                spec.data().train(), random, listeners);
        return toResult(trial, result, monitor.epochReports(), System.nanoTime() - started);
    }

    private static TrialResult toResult(TrialSpec trial, TrainingResult result, List<DeadNeuronReport> reports, long elapsed) {
        boolean diverged = result.diverged();
        double trainAccuracy = result.trainingEvaluation().map(e -> e.accuracy()).orElse(Double.NaN);
        double trainLoss = result.trainingEvaluation().map(e -> e.loss()).orElse(Double.NaN);
        double testAccuracy = result.validationEvaluation().map(e -> e.accuracy()).orElse(Double.NaN);
        double testLoss = result.validationEvaluation().map(e -> e.loss()).orElse(Double.NaN);
        return new TrialResult(
                trial.scenario().name(),
                trial.activation().spec(),
                trial.seed(),
                status(result),
                diverged ? result.epoch() : 0,
                trainAccuracy,
                testAccuracy,
                trainLoss,
                testLoss,
                history(result.history()),
                deadCounts(reports),
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

    /** Regroups the monitor's per-epoch reports into per-layer series. */
    static List<LayerDeadCounts> deadCounts(List<DeadNeuronReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        List<LayerDeadCounts> layers = new ArrayList<>();
        int layerCount = reports.get(0).layers().size();
        for (int l = 0; l < layerCount; l++) {
            int[] inactive = new int[reports.size()];
            int[] dead = new int[reports.size()];
            int[] dormant = new int[reports.size()];
            for (int e = 0; e < reports.size(); e++) {
                LayerSnapshot snapshot = reports.get(e).layers().get(l);
                inactive[e] = snapshot.inactiveCount();
                dead[e] = snapshot.deadCount();
                dormant[e] = snapshot.dormantCount();
            }
            LayerSnapshot first = reports.get(0).layers().get(l);
            layers.add(new LayerDeadCounts(first.name(), first.units(), inactive, dead, dormant));
        }
        return layers;
    }
}
