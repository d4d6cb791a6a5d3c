package io.relulab.diagnostics;

import io.relulab.math.Matrix;
import io.relulab.nn.ForwardTrace;
import io.relulab.nn.Network;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes a {@link DeadNeuronReport} for a network on probe rows of a feature matrix
 * (definitions in the package documentation). Stateless apart from its settings; the network is run
 * in inference mode, batch by batch as the {@link ProbeSet} says, which overwrites the network's
 * forward buffers (call it between training steps, not between a forward and its backward pass).
 *
 * @param probe which rows to look at
 * @param tau   dormancy threshold τ ≥ 0 (ReDo score ≤ τ ⇒ dormant); {@link #DEFAULT_TAU} by default
 */
public record DeadNeuronAnalyzer(ProbeSet probe, double tau) {

    /** τ = 0.1, the value ReDo uses (Sokar et al. 2023). */
    public static final double DEFAULT_TAU = 0.1;

    public DeadNeuronAnalyzer {
        if (probe == null) {
            throw new IllegalArgumentException("probe must not be null");
        }
        if (!(tau >= 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("tau must be a finite number ≥ 0, got " + tau);
        }
    }

    /** The notebook's probe (first 100 rows) and τ = 0.1. */
    public static DeadNeuronAnalyzer defaults() {
        return new DeadNeuronAnalyzer(ProbeSet.notebook(), DEFAULT_TAU);
    }

    /**
     * Analyses {@code network} on the probe rows of {@code features}.
     *
     * @param previous the previous report (for newly dead and revived units), or {@code null}
     * @param epoch    epoch to record in the report
     * @param step     optimiser step to record in the report
     */
    public DeadNeuronReport analyze(Network network, Matrix features, DeadNeuronReport previous, int epoch, long step) {
        List<LayerProbeAccumulator> accumulators = new ArrayList<>();
        for (var layer : network.activationLayers()) {
            accumulators.add(new LayerProbeAccumulator(layer));
        }
        for (int[] range : probe.ranges(features.rows())) {
            Matrix batch = range[0] == 0 && range[1] == features.rows() ? features : features.rows(range[0], range[1]);
            ForwardTrace trace = network.trace(batch);
            for (ForwardTrace.ActivationTrace activation : trace.activations()) {
                accumulators.get(activation.hiddenLayer() - 1).add(activation.preActivations(), activation.outputs());
            }
        }
        List<LayerSnapshot> layers = new ArrayList<>(accumulators.size());
        for (int i = 0; i < accumulators.size(); i++) {
            Set<Integer> previousDead = null;
            if (previous != null && i < previous.layers().size()) {
                previousDead = new HashSet<>(previous.layers().get(i).deadUnits());
            }
            layers.add(accumulators.get(i).snapshot(i + 1, tau, previousDead));
        }
        return new DeadNeuronReport(epoch, step, probe, tau, layers);
    }
}
