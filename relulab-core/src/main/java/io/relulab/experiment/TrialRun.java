package io.relulab.experiment;

import io.relulab.diagnostics.DeadNeuronMonitor;
import io.relulab.diagnostics.Redo;
import io.relulab.nn.Network;
import io.relulab.train.TrainingResult;
import java.util.Optional;

/**
 * A trial that has run, with the listeners that watched it, for callers that report more than a
 * {@link TrialResult} holds ({@code relulab train}'s unit lists, warnings and recycling events).
 *
 * @param result   the trial's immutable result, as a study records it
 * @param training the trainer's result (status, stop reason, steps, final evaluations)
 * @param network  the trained network, with its final weights (what {@code relulab train --export} writes)
 * @param monitor  the dead-neuron monitor, with every report it made
 * @param redo     ReDo with its recycling events, when enabled
 */
public record TrialRun(TrialResult result, TrainingResult training, Network network, DeadNeuronMonitor monitor,
        Optional<Redo> redo) {
}
