package io.relulab.train;

import io.relulab.data.Dataset;
import io.relulab.loss.Loss;
import io.relulab.math.VectorGuard;
import io.relulab.nn.Network;
import io.relulab.optim.Optimizer;
import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Trains a network by minibatch gradient descent, Keras-style (see the package documentation).
 *
 * <p>Each epoch: the row order is reset to 0..n−1 and, if {@link TrainingConfig#shuffle()}, shuffled with
 * the trial's generator (the draws of numpy's {@code permutation(n)}); consecutive batches of
 * {@link TrainingConfig#batchSize()} rows (the last one possibly smaller) each take one
 * {@link TrainingStep}; the epoch's training metrics are the batch-size-weighted means of the batch
 * metrics; then the validation data, if any, is evaluated in inference mode. After the last epoch (or a
 * stop) the network is evaluated on the whole training and validation sets for the result's final
 * metrics.
 *
 * <p>Divergence guard ({@link DivergenceGuard}): a non-finite batch loss ends the run at once (that batch's
 * step is not applied), and so does a batch loss above the guard's factor times the initial training loss;
 * after every epoch, a non-finite validation loss or weight ends it too. The result then has status
 * {@link TrainingStatus#DIVERGED}, the epoch, no final metrics, and a history of the completed epochs only.
 *
 * <p>Each epoch's batch loop is reported to {@link VectorGuard} (its allocated bytes and steps), which may switch the
 * JVM to the plain kernels, with the same bits, when the vector kernels run boxed.
 *
 * <p>A trainer holds only its settings and may be shared; {@link #fit} uses no global state.
 */
public final class Trainer {

    private final TrainingConfig config;

    public Trainer(TrainingConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public TrainingConfig config() {
        return config;
    }

    /**
     * Trains {@code network} in place on {@code trainingData}.
     *
     * @param optimizer a fresh optimiser for this run (its state is updated)
     * @param random    the trial's generator: shuffling and RReLU slopes draw from it
     * @param listeners observers, called in this order (see {@link TrainingListener})
     * @throws IllegalArgumentException if the data do not fit the network or the loss
     */
    public TrainingResult fit(Network network, Optimizer optimizer, Dataset trainingData, NumpyRandom random,
            List<? extends TrainingListener> listeners) {
        Run run = new Run(network, optimizer, Loss.forHead(network.head()), trainingData, random);
        run.listeners.add(run.history);
        run.listeners.addAll(listeners);
        if (config.earlyStopping() != null) {
            run.listeners.add(config.earlyStopping().newListener());
        }
        return run.execute();
    }

    /** {@link #fit(Network, Optimizer, Dataset, NumpyRandom, List)} without listeners. */
    public TrainingResult fit(Network network, Optimizer optimizer, Dataset trainingData, NumpyRandom random) {
        return fit(network, optimizer, trainingData, random, List.of());
    }

    /**
     * order[i] = i. Its own method: a loop this long inside {@code execute} makes the JIT compile the whole training
     * loop on the stack (inlining every step into one large, slow compilation) although each step is compiled already.
     */
    private static void resetOrder(int[] order) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    private static void checkData(Network network, Loss loss, Dataset data, String what) {
        if (data.rows() == 0) {
            throw new IllegalArgumentException(what + " has no rows; expected at least one");
        }
        if (data.columns() != network.inputSize()) {
            throw new IllegalArgumentException(what + " has " + data.columns() + " feature columns; the network expects "
                    + network.inputSize());
        }
        loss.validateTargets(data.labels(), data.rows(), network.outputSize(), what + " labels");
    }

    /** The mutable state of one run; also the context listeners see. */
    private final class Run implements TrainingContext {

        final Network network;
        final Optimizer optimizer;
        final Loss loss;
        final Dataset trainingData;
        final NumpyRandom random;
        final List<TrainingListener> listeners = new ArrayList<>();
        final History.Recorder history = new History.Recorder();
        final TrainingStep step;
        final Evaluator evaluator;
        final long initialSteps;
        int epoch;
        double initialLoss = Double.NaN;
        String stopReason;

        Run(Network network, Optimizer optimizer, Loss loss, Dataset trainingData, NumpyRandom random) {
            this.network = Objects.requireNonNull(network, "network");
            this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
            this.loss = loss;
            this.trainingData = Objects.requireNonNull(trainingData, "trainingData");
            this.random = Objects.requireNonNull(random, "random");
            checkData(network, loss, trainingData, "training data");
            if (config.validationData() != null) {
                checkData(network, loss, config.validationData(), "validation data");
            }
            this.step = new TrainingStep(network, optimizer, loss);
            this.evaluator = new Evaluator(network, loss);
            this.initialSteps = optimizer.iterations();
        }

        /** The row order of the current epoch (reset, then shuffled, at its start). */
        private int[] order;
        /** The batch loss above which the divergence guard ends the run (infinite when it is off). */
        private double explosionThreshold = Double.POSITIVE_INFINITY;
        /** Why the run diverged, or {@code null}. */
        private String divergence;
        /** The current epoch's sums over its batches: loss × rows, accuracy, rows. */
        private double epochLossTotal;
        private double epochAccuracyTotal;
        private int epochRows;

        /**
         * The whole run, epoch by epoch; each epoch's batch loop is {@link #trainBatches}. Only that loop runs often
         * enough for the JIT's optimising compiler, which then compiles it (with the inlined training step) as a unit
         * of its own; this method, entered once per run and looping once per epoch, stays out of it, and so does the
         * once-per-epoch work in it (listeners, validation, the guard's checks, metrics, messages). With the batch loop
         * inline, the JIT compiled all of it on the stack ("OSR"), several times per study.
         */
        TrainingResult execute() {
            order = new int[trainingData.rows()];
            Dataset validation = config.validationData();
            for (TrainingListener listener : listeners) {
                listener.onTrainingStart(this);
            }
            DivergenceGuard guard = config.divergenceGuard();
            if (guard.enabled() && guard.lossExplosionFactor() < Double.POSITIVE_INFINITY) {
                initialLoss = evaluator.evaluate(trainingData).loss();
                explosionThreshold = guard.lossExplosionFactor() * initialLoss;
            }
            for (int e = 1; e <= config.epochs() && stopReason == null; e++) {
                epoch = e;
                for (int i = 0; i < listeners.size(); i++) {
                    listeners.get(i).onEpochStart(this, e);
                }
                resetOrder(order);
                if (config.shuffle()) {
                    random.shuffle(order);
                }
                long allocated = VectorGuard.epochStart();
                long stepsBefore = stepCount();
                trainBatches(e);
                VectorGuard.epochEnd(allocated, stepCount() - stepsBefore, e == 1);
                if (divergence != null) {
                    break;
                }
                double validationLoss = Double.NaN;
                double validationAccuracy = Double.NaN;
                if (validation != null) {
                    Evaluation evaluation = evaluator.evaluate(validation);
                    validationLoss = evaluation.loss();
                    validationAccuracy = evaluation.accuracy();
                }
                if (guard.enabled()) {
                    if (validation != null && !Double.isFinite(validationLoss)) {
                        divergence = "the validation loss became " + validationLoss + " after epoch " + e;
                        break;
                    }
                    if (!network.allParametersFinite()) {
                        divergence = "a weight became NaN or infinite in epoch " + e;
                        break;
                    }
                }
                EpochMetrics metrics = new EpochMetrics(e, epochLossTotal / epochRows,
                        loss.hasAccuracy() ? epochAccuracyTotal / epochRows : Double.NaN, validationLoss,
                        validationAccuracy, stepCount());
                for (int i = 0; i < listeners.size(); i++) {
                    listeners.get(i).onEpochEnd(this, metrics);
                }
            }
            TrainingResult result = result();
            for (TrainingListener listener : listeners) {
                listener.onTrainingEnd(this, result);
            }
            return result;
        }

        /**
         * The batches of epoch {@code e}, one training step each, until the epoch ends, a listener asks to stop or the
         * guard sees a diverging loss (then {@link #divergence} is set and that batch is not counted).
         */
        private void trainBatches(int e) {
            int rows = order.length;
            int batchSize = config.batchSize();
            boolean guarded = config.divergenceGuard().enabled();
            double lossTotal = 0.0;
            double accuracyTotal = 0.0;
            int seen = 0;
            int batch = 0;
            for (int from = 0; from < rows && stopReason == null; from += batchSize, batch++) {
                int to = Math.min(rows, from + batchSize);
                double batchLoss = step.run(trainingData, order, from, to, explosionThreshold);
                if (guarded && (!Double.isFinite(batchLoss) || batchLoss > explosionThreshold)) {
                    divergence = lossDivergence(batchLoss, batch, e);
                    break;
                }
                lossTotal += batchLoss * (to - from);
                accuracyTotal += step.lastAccuracyTotal();
                seen += to - from;
                for (int i = 0; i < listeners.size(); i++) {
                    listeners.get(i).onBatchEnd(this, batch, batchLoss);
                }
            }
            epochLossTotal = lossTotal;
            epochAccuracyTotal = accuracyTotal;
            epochRows = seen;
        }

        /** Why a batch loss ended the run (0-based {@code batch} of epoch {@code e}). */
        private String lossDivergence(double batchLoss, int batch, int e) {
            return Double.isFinite(batchLoss)
                    ? "the training loss exploded to " + batchLoss + " (more than " + config.divergenceGuard().lossExplosionFactor()
                            + " times its initial " + initialLoss + ") in batch " + (batch + 1) + " of epoch " + e
                    : "the training loss became " + batchLoss + " in batch " + (batch + 1) + " of epoch " + e;
        }

        /** The run's result after its last epoch, stop or divergence. */
        private TrainingResult result() {
            if (divergence != null) {
                return new TrainingResult(TrainingStatus.DIVERGED, epoch, divergence, stepCount(), history.snapshot(), null, null);
            }
            Dataset validation = config.validationData();
            Evaluation training = evaluator.evaluate(trainingData);
            Evaluation validationEvaluation = validation == null ? null : evaluator.evaluate(validation);
            TrainingStatus status = stopReason == null ? TrainingStatus.COMPLETED : TrainingStatus.STOPPED_EARLY;
            return new TrainingResult(status, epoch, stopReason, stepCount(), history.snapshot(), training, validationEvaluation);
        }

        @Override
        public Network network() {
            return network;
        }

        @Override
        public Optimizer optimizer() {
            return optimizer;
        }

        @Override
        public Loss loss() {
            return loss;
        }

        @Override
        public TrainingConfig config() {
            return config;
        }

        @Override
        public Dataset trainingData() {
            return trainingData;
        }

        @Override
        public Optional<Dataset> validationData() {
            return Optional.ofNullable(config.validationData());
        }

        @Override
        public NumpyRandom random() {
            return random;
        }

        @Override
        public int epoch() {
            return epoch;
        }

        @Override
        public long stepCount() {
            return optimizer.iterations() - initialSteps;
        }

        @Override
        public History history() {
            return history.snapshot();
        }

        @Override
        public void requestStop(String reason) {
            if (stopReason == null) {
                stopReason = reason == null || reason.isBlank() ? "stop requested by a listener" : reason;
            }
        }

        @Override
        public boolean stopRequested() {
            return stopReason != null;
        }
    }
}
