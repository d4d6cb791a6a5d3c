/**
 * Optimisers that own their state per {@link io.relulab.nn.Parameter}: {@link io.relulab.optim.Sgd}
 * (momentum, Nesterov), {@link io.relulab.optim.RmsProp} and {@link io.relulab.optim.Adam} (Keras or
 * PyTorch ε placement). Hyperparameters live in validated records ({@link io.relulab.optim.SgdConfig},
 * {@link io.relulab.optim.RmsPropConfig}, {@link io.relulab.optim.AdamConfig}); an optimiser makes a
 * fresh copy of itself for each trial and can reset the state of chosen entries (neuron recycling).
 * Update rules follow Keras 3's {@code keras/src/optimizers} unless stated.
 */
package io.relulab.optim;
