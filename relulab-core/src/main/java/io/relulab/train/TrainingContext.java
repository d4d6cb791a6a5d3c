package io.relulab.train;

import io.relulab.data.Dataset;
import io.relulab.loss.Loss;
import io.relulab.nn.Network;
import io.relulab.optim.Optimizer;
import io.relulab.random.NumpyRandom;
import java.util.Optional;

/** What a {@link TrainingListener} can see of the run in progress, and how it stops it. */
public interface TrainingContext {

    /** The network being trained (listeners may inspect it, or edit weights surgically, e.g. ReDo). */
    Network network();

    /** The run's optimiser (e.g. to reset the state of recycled entries). */
    Optimizer optimizer();

    /** The loss, fused with the network's head. */
    Loss loss();

    /** The run's settings. */
    TrainingConfig config();

    /** The training data. */
    Dataset trainingData();

    /** The validation data, if any. */
    Optional<Dataset> validationData();

    /** The trial's generator (shuffling, RReLU slopes); listeners that need randomness draw from it. */
    NumpyRandom random();

    /** The current epoch, 1-based (0 before the first epoch starts). */
    int epoch();

    /** Optimiser steps taken so far in this run. */
    long stepCount();

    /** The metrics of the epochs completed so far. */
    History history();

    /** Asks the trainer to stop (see {@link TrainingListener} for when it takes effect); the first reason is kept. */
    void requestStop(String reason);

    /** Whether a stop has been requested. */
    boolean stopRequested();
}
