package io.relulab.experiment;

import java.util.List;

/**
 * A whole study: its provenance, every trial, the per-scenario summaries with findings, and the dying
 * progressions shown beside them (toy simulation and scenarios where units die).
 *
 * @param provenance how to re-run it
 * @param activations the activation specs studied, in order
 * @param trials every trial, sorted by scenario, activation and seed in the study's order
 * @param scenarios per-scenario summaries and findings
 * @param simulationSummary one paragraph summarising the toy simulation (what it showed and why)
 * @param progressions dead-units-per-epoch curves for the progression panel
 */
public record StudyResult(
        Provenance provenance,
        List<String> activations,
        List<TrialResult> trials,
        List<ScenarioSummary> scenarios,
        String simulationSummary,
        List<DyingProgression> progressions) {

    public StudyResult {
        activations = List.copyOf(activations);
        trials = List.copyOf(trials);
        scenarios = List.copyOf(scenarios);
        progressions = List.copyOf(progressions);
    }

    /** Whether every trial diverged (the study's exit code is then 1). */
    public boolean allDiverged() {
        return !trials.isEmpty() && trials.stream().noneMatch(TrialResult::finished);
    }
}
