package io.relulab.diagnostics;

import io.relulab.data.Dataset;
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
        return analyze(network, features.rows(),
                (from, to) -> from == 0 && to == features.rows() ? features : features.rows(from, to), previous, epoch, step);
    }

    /**
     * Analyses {@code network} on the probe rows of a data set's features, copying only one probe batch
     * at a time (so a streamed probe never holds more than one batch).
     */
    public DeadNeuronReport analyze(Network network, Dataset data, DeadNeuronReport previous, int epoch, long step) {
        int[] identity = new int[data.rows()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return analyze(network, data.rows(), (from, to) -> {
            double[] batch = new double[(to - from) * data.columns()];
            data.copyRowsInto(identity, from, to, batch);
            return Matrix.wrap(to - from, data.columns(), batch);
        }, previous, epoch, step);
    }

    /** Gives the probe rows {@code [from, to)} as a matrix. */
    private interface RowSource {
        Matrix rows(int from, int to);
    }

    private DeadNeuronReport analyze(Network network, int rowCount, RowSource source, DeadNeuronReport previous, int epoch,
            long step) {
        List<LayerProbeAccumulator> accumulators = new ArrayList<>();
        for (var layer : network.activationLayers()) {
            accumulators.add(new LayerProbeAccumulator(layer));
        }
        for (int[] range : probe.ranges(rowCount)) {
            ForwardTrace trace = network.trace(source.rows(range[0], range[1]));
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
