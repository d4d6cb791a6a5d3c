package io.relulab.experiment;

import io.relulab.ReluLabVersion;
import io.relulab.activation.Activation;
import io.relulab.math.MatrixKernels;
import io.relulab.simulation.DyingSimulation;
import io.relulab.simulation.DyingSimulationConfig;
import io.relulab.simulation.DyingSimulationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntConsumer;

/**
 * Runs a whole study: every trial in parallel (each with its own generator, so results do not depend on the
 * thread count), then the aggregation, the toy simulation and the dying progressions. The toy simulation needs no
 * trial, so it runs on a thread of its own while the trials start (a core is idle then: the first trials wait for the
 * JIT), followed by the data's fingerprint for the provenance, which would otherwise be computed between the last trial
 * and the report; the simulation draws from its own generator, so its result does not depend on when it runs.
 */
public final class StudyRunner {

    private StudyRunner() {
    }

    /**
     * Runs {@code spec} on {@code threads} threads.
     *
     * @param command the command line that reproduces the study, recorded in the provenance
     * @param onTrialFinished called with the number of finished trials after each trial
     * @throws InterruptedException if interrupted; no result is produced
     */
    public static StudyResult run(StudySpec spec, String command, int threads, IntConsumer onTrialFinished)
            throws InterruptedException {
        FutureTask<DyingSimulationResult[]> toySimulation = new FutureTask<>(StudyRunner::simulations);
        FutureTask<String> fingerprint = new FutureTask<>(spec.data()::fingerprint);
        Thread sideThread = new Thread(() -> {
            toySimulation.run();
            fingerprint.run();
        }, "relulab-toy-simulation");
        sideThread.setDaemon(true);
        sideThread.start();
        TrialRunner runner = new TrialRunner(spec.data());
        PlannedWork.state(spec.trials(), spec.data().train().rows());
        List<TrialResult> trials = ParallelTrials.run(spec.trials(), runner::run, threads, onTrialFinished);
        List<String> activations = spec.activations().stream().map(Activation::spec).toList();
        Measurement measurement = Measurement.of(spec.monitor(), spec.redo());
        Provenance provenance = new Provenance(ReluLabVersion.get(), command, spec.describe(), measurement,
                spec.data().description(), await(fingerprint), spec.data().train().rows(), spec.data().test().rows(),
                spec.data().train().columns(), MatrixKernels.FUSED_MULTIPLY_ADD, System.getProperty("java.version"),
                Instant.now());
        DyingSimulationResult[] toy = await(toySimulation);
        return assemble(provenance, activations, spec.scenarioSetups(), trials, toy[0], toy[1]);
    }

    /** The toy simulation in the notebook's setting and in the dying one. */
    private static DyingSimulationResult[] simulations() {
        return new DyingSimulationResult[] {DyingSimulation.run(DyingSimulationConfig.notebook()),
            DyingSimulation.run(DyingSimulationConfig.dying())};
    }

    private static <T> T await(FutureTask<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw TaskFailures.unchecked(e);
        }
    }

    /**
     * The study from its trials: aggregation, findings, the toy simulation and the dying progressions — everything
     * but the training, so that a study read back from its results file is rebuilt exactly as it was written.
     */
    public static StudyResult assemble(Provenance provenance, List<String> activations, List<ScenarioSetup> scenarios,
            List<TrialResult> trials) {
        DyingSimulationResult[] toy = simulations();
        return assemble(provenance, activations, scenarios, trials, toy[0], toy[1]);
    }

    private static StudyResult assemble(Provenance provenance, List<String> activations, List<ScenarioSetup> scenarios,
            List<TrialResult> trials, DyingSimulationResult simulation, DyingSimulationResult dying) {
        List<ScenarioSummary> summaries = StudyAggregator.aggregate(trials, scenarios, activations,
                StudyAggregator.DEFAULT_BASELINE, provenance.measurement());
        return new StudyResult(provenance, activations, trials, summaries, simulationSummary(simulation, dying),
                progressions(simulation, dying, summaries));
    }

    static String simulationSummary(DyingSimulationResult notebook, DyingSimulationResult dying) {
        int[] notebookDead = notebook.deadCounts();
        int[] dyingDead = dying.deadCounts();
        return "Toy simulation (the notebook's, seed " + notebook.config().seed() + "): dead units per epoch "
                + Arrays.toString(notebookDead) + " of " + notebook.config().units() + ". " + notebook.explanation()
                + " With inputs scaled by " + dying.config().inputScale() + ", units die and stay dead: "
                + Arrays.toString(dyingDead) + ".";
    }

    private static List<DyingProgression> progressions(DyingSimulationResult notebook, DyingSimulationResult dying,
            List<ScenarioSummary> summaries) {
        List<DyingProgression> curves = new ArrayList<>();
        curves.add(new DyingProgression("toy simulation, notebook setting", notebook.config().units(), toDouble(notebook.deadCounts())));
        curves.add(new DyingProgression("toy simulation, inputs ×" + dying.config().inputScale(), dying.config().units(),
                toDouble(dying.deadCounts())));
        for (ScenarioSummary scenario : summaries) {
            for (VariantSummary variant : scenario.variants()) {
                if (!variant.hadDeadUnits()) {
                    continue;
                }
                int units = variant.layers().stream().mapToInt(LayerSummary::units).sum();
                double[] total = new double[variant.layers().get(0).meanDeadPerEpoch().length];
                for (LayerSummary layer : variant.layers()) {
                    double[] perEpoch = layer.meanDeadPerEpoch();
                    for (int e = 0; e < total.length && e < perEpoch.length; e++) {
                        total[e] += perEpoch[e];
                    }
                }
                curves.add(new DyingProgression(variant.activation() + ", " + scenario.scenario() + " (mean over seeds)", units, total));
            }
        }
        return curves;
    }

    private static double[] toDouble(int[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }
}
