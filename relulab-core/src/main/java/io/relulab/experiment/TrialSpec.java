package io.relulab.experiment;

import io.relulab.activation.Activation;
import io.relulab.diagnostics.DeadNeuronAnalyzer;
import io.relulab.nn.NetworkSpec;
import io.relulab.random.NumpyRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * One trial: an activation trained from a seed with a resolved configuration, measured by the dead-neuron monitor
 * and, when enabled, recycled by ReDo. Everything a trial depends on apart from the data is here, so a trial is a
 * function of (spec, data); {@link TrialRunner} is the one place that runs it, for {@code relulab study} and
 * {@code relulab train} alike.
 *
 * <p><b>Seed convention.</b> The trial's generator is
 * {@code NumpyRandom.forStream(seed, labelKey(scenario), labelKey(activation.spec()))}: the network's initial
 * weights, then the shuffling (and RReLU's slopes) are drawn from it, in that order. ReDo draws from its own stream
 * {@code forStream(seed, labelKey(scenario), labelKey(activation.spec()), labelKey("redo"))}, so turning it on does
 * not change the shuffling. Every trial of a study thus has an independent stream, the same trial gets the same
 * stream whatever else runs and on however many threads, and {@code relulab train --scenario X --activation A
 * --seed S} (scenario {@code notebook} when none is named) is trial (X, A, S) of {@code relulab study} bit for bit.
 *
 * @param scenario      the scenario's name (part of the generator's key)
 * @param activation    the hidden activation
 * @param seed          the trial's seed, 0 … {@link NumpyRandom#MAX_SEED}
 * @param configuration network, optimiser and training settings that run
 * @param monitor       probe and τ of the per-epoch dead-neuron check
 * @param redo          ReDo recycling, when enabled
 */
public record TrialSpec(String scenario, Activation activation, long seed, TrialConfiguration configuration,
        DeadNeuronAnalyzer monitor, Optional<RedoSettings> redo) {

    /** Key of ReDo's own generator stream. */
    private static final long REDO_STREAM = NumpyRandom.labelKey("redo");

    public TrialSpec {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(activation, "activation");
        if (seed < 0 || seed > NumpyRandom.MAX_SEED) {
            throw new IllegalArgumentException("seed " + seed + " is outside 0.." + NumpyRandom.MAX_SEED);
        }
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(redo, "redo");
    }

    /** The network this trial builds: the configuration's with this trial's activation. */
    public NetworkSpec network() {
        return configuration.network().withActivation(activation);
    }

    /** The trial's own generator (class documentation). */
    public NumpyRandom generator() {
        return NumpyRandom.forStream(seed, NumpyRandom.labelKey(scenario), NumpyRandom.labelKey(activation.spec()));
    }

    /** ReDo's generator (class documentation). */
    public NumpyRandom redoGenerator() {
        return NumpyRandom.forStream(seed, NumpyRandom.labelKey(scenario), NumpyRandom.labelKey(activation.spec()), REDO_STREAM);
    }
}
