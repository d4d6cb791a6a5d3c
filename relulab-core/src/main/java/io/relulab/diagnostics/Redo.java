package io.relulab.diagnostics;

import io.relulab.random.NumpyRandom;
import io.relulab.train.TrainingContext;
import io.relulab.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ReDo, "Recycling Dormant neurons" (Sokar, Agarwal, Castro, Evci, "The Dormant Neuron Phenomenon in Deep
 * Reinforcement Learning", ICML 2023; official code google/dopamine {@code labs/redo}), as a
 * {@link TrainingListener}: every {@code period} optimiser steps it scores every hidden unit on a probe of
 * the training data and recycles the τ-dormant ones with {@link NeuronRecycler} — fresh incoming weights
 * from the layer's initializer, bias 0, outgoing weights 0, optimiser moments of those entries reset. The
 * output layer is never recycled.
 *
 * <p>Defaults: τ = {@value #DEFAULT_TAU} (the paper's ReDo runs), the whole training set
 * probed in streamed batches (the paper scores a 256-state batch from the replay buffer; a supervised data
 * set is small enough to score exactly), period {@value #DEFAULT_PERIOD} steps. The paper's per-agent
 * period is not verified and a public PyTorch re-implementation uses 1000 steps for RL; our default suits
 * the notebook's data (50 steps per epoch: 1600 rows, batches of 32), where it recycles twice per epoch.
 *
 * <p><b>When.</b> The check and recycling due after step k·period happen before step k·period + 1 — at once when
 * the step is inside an epoch, and at the start of the next epoch when it is an epoch's last step. So the
 * monitor's per-epoch count, the epoch's validation and the final evaluation all see the network as training
 * left it, never one recycled a moment ago; a recycling due after the very last step is skipped, since no step
 * would use it. {@link RecyclingEvent#epoch()} is the epoch of the step that made it due.
 *
 * <p>Recycling is not a cure at every learning rate: units recycled at a high rate may die again within tens of
 * steps, and the recycling itself costs accuracy; a study with {@code --redo} measures both.
 *
 * <p>Re-initialisation draws from this listener's own generator, so enabling ReDo does not change the
 * trial generator's shuffling stream.
 */
public final class Redo implements TrainingListener {

    /** Default recycling period in optimiser steps: {@value}, half an epoch of the notebook's data. */
    public static final int DEFAULT_PERIOD = 25;
    /** Default dormancy threshold τ of the recycling: the monitor's, {@value}, as in the paper's ReDo runs. */
    public static final double DEFAULT_TAU = DeadNeuronAnalyzer.DEFAULT_TAU;

    private final DeadNeuronAnalyzer analyzer;
    private final int period;
    private final NumpyRandom random;
    private final List<RecyclingEvent> events = new ArrayList<>();
    private int pendingEpoch;

    /**
     * @param analyzer probe and τ used to find dormant units
     * @param period   recycle every this many optimiser steps, ≥ 1
     * @param random   draws the fresh incoming weights
     */
    public Redo(DeadNeuronAnalyzer analyzer, int period, NumpyRandom random) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        if (period < 1) {
            throw new IllegalArgumentException("ReDo period must be at least 1 step, got " + period);
        }
        this.period = period;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** ReDo with τ, the period and the default probe (whole training set, streamed). */
    public static Redo of(double tau, int period, NumpyRandom random) {
        return new Redo(new DeadNeuronAnalyzer(ProbeSet.streamed(ProbeSet.DEFAULT_STREAM_BATCH), tau), period, random);
    }

    @Override
    public void onBatchEnd(TrainingContext context, int batch, double batchLoss) {
        if (context.stepCount() % period != 0) {
            return;
        }
        boolean lastBatchOfEpoch = (long) (batch + 1) * context.config().batchSize() >= context.trainingData().rows();
        if (lastBatchOfEpoch) {
            pendingEpoch = context.epoch();
        } else {
            recycle(context, context.epoch());
        }
    }

    @Override
    public void onEpochStart(TrainingContext context, int epoch) {
        if (pendingEpoch > 0) {
            recycle(context, pendingEpoch);
            pendingEpoch = 0;
        }
    }

    private void recycle(TrainingContext context, int epoch) {
        DeadNeuronReport report = analyzer.analyze(context.network(), context.trainingData(), null, epoch, context.stepCount());
        List<List<Integer>> recycled = NeuronRecycler.recycleDormantInPlace(context.network(), report, context.optimizer(), random);
        events.add(new RecyclingEvent(epoch, context.stepCount(), report, recycled));
    }

    /** Every recycling so far, in order (also those that found no dormant unit). */
    public List<RecyclingEvent> events() {
        return List.copyOf(events);
    }

    public int period() {
        return period;
    }

    public DeadNeuronAnalyzer analyzer() {
        return analyzer;
    }
}
