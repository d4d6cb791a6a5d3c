/**
 * Training: {@link io.relulab.train.Trainer} runs minibatch epochs over a {@link io.relulab.data.Dataset}
 * with a network, an optimiser and the loss fused with the network's head, validating every epoch;
 * {@link io.relulab.train.TrainingConfig} holds the settings, {@link io.relulab.train.TrainingListener}s
 * observe the run through a {@link io.relulab.train.TrainingContext} (and may stop it), and the run ends
 * in an immutable {@link io.relulab.train.TrainingResult} with its {@link io.relulab.train.History}.
 *
 * <p>Semantics follow Keras' {@code Model.fit} (docs/ARCHITECTURE.md §4): batches reshuffled every epoch from the
 * trial's generator; the epoch's training loss and accuracy are the means over its batches weighted by
 * batch size (Keras' {@code Mean} trackers); validation after every epoch. A run is a pure function of
 * (network, optimiser, config, data, generator): nothing global, so runs in parallel threads give the
 * same bits as alone. A non-finite loss or weight ends the run as <em>diverged</em>, never as a crash.
 */
package io.relulab.train;
