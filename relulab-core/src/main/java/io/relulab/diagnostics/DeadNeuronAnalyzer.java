package io.relulab.diagnostics;

import io.relulab.data.Dataset;
import io.relulab.math.Matrix;
import io.relulab.nn.ForwardTrace;
import io.relulab.nn.Network;
import io.relulab.nn.NonlinearLayer;
import java.util.List;

/**
 * Computes a {@link DeadNeuronReport} for a network on probe rows of a feature matrix
 * (definitions in the package documentation). Stateless apart from its settings; the network is run
 * in inference mode, batch by batch as the {@link ProbeSet} says, which overwrites the network's
 * forward buffers (call it between training steps, not between a forward and its backward pass).
 *
 * @param probe             which rows to look at
 * @param tau               dormancy threshold τ ≥ 0 (ReDo score ≤ τ ⇒ dormant); {@link #DEFAULT_TAU} by default
 * @param saturationEpsilon saturation threshold ε &gt; 0 (largest |f′(z)| &lt; ε ⇒ saturated);
 *                          {@link #DEFAULT_SATURATION_EPSILON} by default
 */
public record DeadNeuronAnalyzer(ProbeSet probe, double tau, double saturationEpsilon) {

    /** τ = 0.1, the value ReDo uses (Sokar et al. 2023). */
    public static final double DEFAULT_TAU = 0.1;

    /**
     * ε = 1e-3: a saturated unit passes at most a thousandth of the gradient a linear unit would. A choice of
     * this project (no paper fixes it): an ELU (α = 1) unit is saturated when z &lt; ln ε ≈ −6.91 on every probe
     * row, a GELU unit when z &lt; −4 on every row (both kept true by {@code UnitStatisticsTest}).
     */
    public static final double DEFAULT_SATURATION_EPSILON = 1e-3;

    public DeadNeuronAnalyzer {
        if (probe == null) {
            throw new IllegalArgumentException("probe must not be null");
        }
        UnitMeasures.checkTau(tau);
        UnitMeasures.checkSaturationEpsilon(saturationEpsilon);
    }

    /** A probe and τ with the default saturation ε. */
    public DeadNeuronAnalyzer(ProbeSet probe, double tau) {
        this(probe, tau, DEFAULT_SATURATION_EPSILON);
    }

    /** The notebook's probe (first 100 rows), τ = 0.1 and ε = 1e-3. */
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
        return analyze(network, probe.ranges(features.rows()),
                (from, to) -> from == 0 && to == features.rows() ? features : features.rows(from, to), previous, epoch, step);
    }

    /**
     * Analyses {@code network} on the probe rows of a data set's features, copying only one probe batch
     * at a time (so a streamed probe never holds more than one batch).
     */
    public DeadNeuronReport analyze(Network network, Dataset data, DeadNeuronReport previous, int epoch, long step) {
        List<int[]> ranges = probe.ranges(data.rows());
        int[] identity = identity(ranges.get(ranges.size() - 1)[1]);
        return analyze(network, ranges, (from, to) -> {
            double[] batch = new double[(to - from) * data.columns()];
            data.copyRowsInto(identity, from, to, batch);
            return Matrix.wrap(to - from, data.columns(), batch);
        }, previous, epoch, step);
    }

    /** 0, 1, …, n − 1 (the rows up to the last probe row, in order). */
    private static int[] identity(int n) {
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        return identity;
    }

    /** Gives the probe rows {@code [from, to)} as a matrix. */
    private interface RowSource {
        Matrix rows(int from, int to);
    }

    /**
     * The report: every probe batch's trace accumulated per layer ({@link #accumulate}), then one snapshot per layer
     * ({@link #snapshots}). Small methods that loop over layers or batches, with the per-value work in
     * {@link UnitStatistics#addRows}: a check runs after every epoch of every trial, so the JIT compiles all of this,
     * and it should not compile the per-value loop and the per-epoch bookkeeping as one unit.
     */
    private DeadNeuronReport analyze(Network network, List<int[]> ranges, RowSource source, DeadNeuronReport previous,
            int epoch, long step) {
        List<NonlinearLayer> layers = network.activationLayers();
        UnitStatistics[] accumulators = new UnitStatistics[layers.size()];
        for (int i = 0; i < accumulators.length; i++) {
            NonlinearLayer layer = layers.get(i);
            accumulators[i] = new UnitStatistics(layer.units(), UnitDerivative.of(layer));
        }
        for (int[] range : ranges) {
            accumulate(network.trace(source.rows(range[0], range[1])), accumulators);
        }
        return new DeadNeuronReport(epoch, step, probe, tau, snapshots(accumulators, previous));
    }

    /** Adds one probe batch's pre-activations and outputs to each hidden layer's statistics. */
    private static void accumulate(ForwardTrace trace, UnitStatistics[] accumulators) {
        for (ForwardTrace.ActivationTrace activation : trace.activations()) {
            Matrix preActivations = activation.preActivations();
            accumulators[activation.hiddenLayer() - 1].addRows(preActivations.data(), activation.outputs().data(),
                    preActivations.rows());
        }
    }

    /** Each layer's snapshot, with its newly dead and revived units relative to {@code previous} (if any). */
    private List<LayerSnapshot> snapshots(UnitStatistics[] accumulators, DeadNeuronReport previous) {
        LayerSnapshot[] layers = new LayerSnapshot[accumulators.length];
        for (int i = 0; i < layers.length; i++) {
            int[] previousDead = previous != null && i < previous.layers().size()
                    ? IntList.sortedDistinct(previous.layers().get(i).deadUnits())
                    : null;
            layers[i] = LayerSnapshot.of(i + 1, accumulators[i].measures(tau, saturationEpsilon), previousDead);
        }
        return List.of(layers);
    }
}
