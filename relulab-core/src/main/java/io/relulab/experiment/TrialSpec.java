package io.relulab.experiment;

import io.relulab.activation.Activation;
import io.relulab.diagnostics.Scenario;
import io.relulab.random.NumpyRandom;

/**
 * One trial of a study: an activation trained in a scenario from a seed.
 *
 * @param scenario the scenario
 * @param activation the activation
 * @param seed the trial's seed
 */
public record TrialSpec(Scenario scenario, Activation activation, long seed) {

    /**
     * The trial's own generator, derived from (scenario, activation, seed) with
     * {@link NumpyRandom#forStream}: every trial has an independent stream, and the same trial gets the same
     * stream whatever else runs and on however many threads.
     */
    public NumpyRandom generator() {
        return NumpyRandom.forStream(seed, NumpyRandom.labelKey(scenario.name()), NumpyRandom.labelKey(activation.spec()));
    }
}
