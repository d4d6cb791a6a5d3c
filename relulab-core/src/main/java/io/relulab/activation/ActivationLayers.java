package io.relulab.activation;

/**
 * The kinds of hidden layer the engine builds for an activation, as the activation chooses them
 * ({@link Activation#layer}): the engine ({@code io.relulab.nn}) implements this interface, so an activation
 * names its layer without this package depending on the engine, and the engine never asks which activation
 * it holds.
 *
 * @param <L> what the engine builds
 */
public interface ActivationLayers<L> {

    /** f applied unit by unit, with no state of its own (every activation without one of the layers below). */
    L elementwise(Activation activation);

    /** One learnable slope per unit, starting at the activation's α (PReLU). */
    L learnedSlopes(PRelu activation);

    /** Slopes drawn from the trial's generator in training, their mean at inference (RReLU). */
    L randomSlopes(Rrelu activation);
}
