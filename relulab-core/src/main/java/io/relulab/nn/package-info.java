/**
 * The network: {@link io.relulab.nn.Parameter}s, {@link io.relulab.nn.Layer}s with forward and backward
 * side by side ({@link io.relulab.nn.Dense}, {@link io.relulab.nn.ActivationLayer},
 * {@link io.relulab.nn.PReluLayer}, {@link io.relulab.nn.RreluLayer}), the output head, weight
 * initialisers (Glorot, He, LeCun, RAI, constants) and {@link io.relulab.nn.Network} with its
 * {@link io.relulab.nn.NetworkSpec} and {@link io.relulab.nn.ForwardTrace} for diagnostics.
 *
 * <p>Layers own reusable buffers sized for the largest batch they have seen, so a training step
 * allocates nothing once every batch shape has been through. A network is therefore not thread-safe:
 * use one per trial. Layers never hold optimiser state. Weight layout follows Keras: a dense kernel is
 * fan_in × fan_out, row-major, so unit j's incoming weights are column j and its outgoing weights
 * are row j of the next layer's kernel.
 */
package io.relulab.nn;
